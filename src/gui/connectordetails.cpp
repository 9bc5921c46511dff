#include "gui/connectordetails.h"

#include "agents/agentcatalog.h"
#include "core/clock.h"
#include "core/settingsschema.h"
#include "core/signingsecret.h"
#include "engine/engine.h"
#include "gui/connectoractivity.h"
#include "gui/displaytext.h"
#include "gui/icons.h"
#include "gui/testeventsender.h"
#include "storage/settingsrepository.h"
#include "ui_connectordetails.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

namespace Hookyard::Gui {

namespace {
constexpr int ConfirmationMs = 4000;
} // namespace

ConnectorDetails::ConnectorDetails(Engine::Engine &engine, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConnectorDetails>()), m_engine(engine),
      m_confirmationTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_activity = new ConnectorActivity(
        engine, { m_ui->receivedLabel, m_ui->rejectedLabel, m_ui->lastEventLabel }, this);
    m_testEvent = new TestEventSender(
        engine, { m_ui->testEventType, m_ui->sendTestButton, m_ui->testResultLabel }, this);
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->copyUrlButton->setIcon(Icons::get(Icons::Copy));
    m_ui->copyListenButton->setIcon(Icons::get(Icons::Copy));
    m_ui->pasteSecretButton->setIcon(Icons::get(Icons::Paste));
    m_ui->saveSecretButton->setIcon(Icons::get(Icons::SaveSecret));
    m_ui->removeConnectorButton->setIcon(Icons::get(Icons::Remove));
    m_ui->showSecretButton->setIcon(Icons::get(Icons::Show));
    m_ui->showSecretButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->noSecretWarning->setAutoFillBackground(true);
    {
        // A warning tint that reads on light and dark palettes: the highlight colour, faint.
        QPalette palette = m_ui->noSecretWarning->palette();
        QColor tint = QColor(0xe0, 0xa0, 0x00);
        tint.setAlpha(48);
        palette.setColor(QPalette::Window, tint);
        m_ui->noSecretWarning->setPalette(palette);
    }
    // Number fields as wide as their numbers, not the page.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (QWidget *field :
         { static_cast<QWidget *>(m_ui->toleranceSpin), static_cast<QWidget *>(m_ui->rateSpin),
           static_cast<QWidget *>(m_ui->burstSpin) })
        field->setMaximumWidth(digit * 18);
    // Word-wrapped labels in a form inside a scroll area get one line's height: these stay on
    // one line and end in "…" where the page is too narrow (ElidedLabel); the full list is in
    // their tooltips.
    m_ui->rejectedLabel->setWordWrap(false);
    m_ui->agentsLabel->setWordWrap(false);
    m_ui->rateSpin->setUnit(tr(" /s"));

    m_confirmationTimer->setSingleShot(true);
    m_confirmationTimer->setInterval(ConfirmationMs);
    connect(m_confirmationTimer, &QTimer::timeout, m_ui->copyConfirmation, &QLabel::clear);

    connect(m_ui->copyUrlButton, &QPushButton::clicked, this, &ConnectorDetails::copyUrl);
    connect(m_ui->copyListenButton, &QPushButton::clicked, this,
            &ConnectorDetails::copyListenCommand);
    connect(m_ui->pasteSecretButton, &QPushButton::clicked, this, &ConnectorDetails::pasteSecret);
    connect(m_ui->saveSecretButton, &QPushButton::clicked, this, &ConnectorDetails::saveSecret);
    connect(m_ui->secretEdit, &QLineEdit::returnPressed, this, &ConnectorDetails::saveSecret);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &ConnectorDetails::validateAsTyped);
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(m_ui->applyOptionsButton, &QPushButton::clicked, this, &ConnectorDetails::applyOptions);
    connect(m_ui->removeConnectorButton, &QPushButton::clicked, this, &ConnectorDetails::askRemove);
    connect(m_ui->linkAgentsButton, &QPushButton::clicked, this,
            &ConnectorDetails::linkAgentsRequested);
    connect(m_ui->showEventsButton, &QPushButton::clicked, this,
            [this] { Q_EMIT deliveriesRequested(m_connector.id, false); });
    connect(m_ui->showRejectedButton, &QPushButton::clicked, this,
            [this] { Q_EMIT deliveriesRequested(m_connector.id, true); });
    connect(m_ui->keepPreviousCheck, &QCheckBox::toggled, m_ui->keepPreviousHours,
            &QSpinBox::setEnabled);
    m_ui->keepPreviousHours->setEnabled(false);
    m_ui->saveSecretButton->setEnabled(false);
    connect(&m_engine, &Engine::Engine::stateChanged, this, &ConnectorDetails::updateState);
    connect(&m_engine, &Engine::Engine::settingsChanged, this, &ConnectorDetails::refreshDefaults);
}

ConnectorDetails::~ConnectorDetails() = default;

void ConnectorDetails::setConnector(const Core::Connector &connector)
{
    const bool other = connector.id != m_connector.id;
    m_connector = connector;
    m_ui->nameLabel->setText(connector.name);
    refreshUrl();
    if (other) {
        m_ui->secretEdit->clear();
        m_ui->showSecretButton->setChecked(false);
        m_ui->secretMessage->clear();
        m_ui->copyConfirmation->clear();
        m_ui->optionsMessage->clear();
        refreshCounters();
    }
    m_ui->enabledCheck->setChecked(connector.enabled);
    m_ui->toleranceSpin->setValue(connector.toleranceSecs);
    refreshDefaults();
    m_ui->rateSpin->setValue(connector.ratePerSecond < 0 ? -1 : connector.ratePerSecond);
    m_ui->burstSpin->setValue(connector.burst < 0 ? -1 : connector.burst);
    refreshAgents();
    m_testEvent->setConnector(connector.id, connector.hasSecret);
    updateState();
}

void ConnectorDetails::refreshDefaults()
{
    // "Default" shows what it stands for: the settings' default rate and burst.
    Storage::SettingsRepository settings(m_engine.database());
    m_ui->rateSpin->setDefaultValue(
        double(settings.intValue(QString::fromLatin1(Core::Settings::DefaultRate))));
    m_ui->burstSpin->setDefaultValue(
        double(settings.intValue(QString::fromLatin1(Core::Settings::DefaultBurst))));
}

void ConnectorDetails::refreshUrl()
{
    if (m_connector.id.isEmpty())
        return;
    const QString url = m_engine.webhookUrl(m_connector).toString();
    m_ui->webhookUrlEdit->setText(url);
    m_ui->stripeListenEdit->setText(QStringLiteral("stripe listen --forward-to ") + url);
    QString steps = tr("In the Stripe Dashboard, open <b>Developers › Webhooks › Add endpoint</b>, "
                       "paste this URL and select the events to send. Then reveal the "
                       "endpoint's signing secret and paste it below.");
    const QString host = m_engine.webhookUrl(m_connector).host();
    if (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
        || host == QLatin1String("::1")) {
        steps += QStringLiteral("<br><br>")
            + tr("Stripe's servers cannot reach this computer's 127.0.0.1. For local work, "
                 "forward events with the Stripe CLI (it prints a whsec_ secret to paste "
                 "below); for a public URL, run a tunnel or reverse proxy and set the public "
                 "base URL in Settings.");
    }
    m_ui->stripeStepsLabel->setText(steps);
}

void ConnectorDetails::refreshAgents()
{
    auto *catalog = m_engine.agents();
    if (!catalog) {
        m_ui->agentsLabel->setText(tr("Agents are not loaded."));
        m_ui->linkAgentsButton->setEnabled(false);
        return;
    }
    QStringList linked;
    for (const auto &entry : catalog->entries()) {
        if (!entry.isOk() || !entry.spec.matchesConnector(m_connector.name, m_connector.id))
            continue;
        // Said apart: an agent without a list also runs for every connector created later.
        const QString name = entry.spec.connectors.isEmpty()
            ? tr("%1 (all connectors)").arg(entry.spec.name)
            : entry.spec.name;
        linked.append(entry.spec.enabled ? name : tr("%1 (disabled)").arg(name));
    }
    m_ui->linkAgentsButton->setEnabled(!m_engine.isReadOnly() && !m_connector.id.isEmpty());
    m_ui->agentsLabel->setToolTip(linked.join(u'\n'));
    m_ui->agentsLabel->setText(linked.isEmpty()
                                   ? tr("No agent runs on this connector's events yet.")
                                   : linked.join(QStringLiteral(", ")));
}

void ConnectorDetails::refreshCounters()
{
    m_activity->show(m_connector.id);
}

void ConnectorDetails::noteDeliveries(const QList<Receiver::DeliveryNotice> &batch)
{
    m_activity->noteDeliveries(batch);
}

void ConnectorDetails::updateState()
{
    using State = Engine::Engine::State;
    // This window's receiver, or (read-only) the one of the process that serves the folder.
    const bool listening = m_engine.state() == State::Listening || m_engine.isReadOnly();
    const bool ready = m_connector.enabled && m_connector.hasSecret;
    m_ui->noSecretWarning->setVisible(!m_connector.hasSecret);
    m_ui->stateLabel->setText(!m_connector.enabled         ? tr("Disabled")
                                  : !m_connector.hasSecret ? tr("Needs a signing secret")
                                  : !listening             ? tr("Not receiving")
                                                           : tr("Receiving"));
    m_ui->stateLabel->setToolTip(!ready ? QString()
                                     : !listening
                                     ? m_engine.stateText()
                                     : tr("Verified deliveries are stored and start agents."));
    // A read-only window (another process serves this data folder) changes nothing itself:
    // what would write is disabled, as its banner says.
    const bool writable = !m_engine.isReadOnly();
    for (QWidget *editor : std::initializer_list<QWidget *> {
             m_ui->secretEdit, m_ui->pasteSecretButton, m_ui->enabledCheck, m_ui->toleranceSpin,
             m_ui->rateSpin, m_ui->burstSpin, m_ui->applyOptionsButton,
             m_ui->removeConnectorButton })
        editor->setEnabled(writable);
    m_ui->saveSecretButton->setEnabled(writable && !m_ui->secretEdit->text().trimmed().isEmpty());
    m_ui->keepPreviousCheck->setEnabled(writable && m_connector.hasSecret);
    if (!m_connector.hasSecret)
        m_ui->keepPreviousCheck->setChecked(false);
    m_testEvent->updateState();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_connector.previousSecretExpiresAtMs > now && m_ui->secretMessage->text().isEmpty())
        m_ui->secretMessage->setText(
            tr("The previous secret is still accepted until %1.")
                .arg(DisplayText::dateTime(m_connector.previousSecretExpiresAtMs)));
    m_ui->saveSecretButton->setText(m_connector.hasSecret ? tr("&Replace Secret")
                                                          : tr("&Save Secret"));
    // The saved secret is never shown again; the empty field says that one is there.
    m_ui->secretEdit->setPlaceholderText(
        m_connector.hasSecret ? tr("A secret is saved: paste a new whsec_… here to replace it")
                              : tr("whsec_…"));
}

void ConnectorDetails::confirm(const QString &text)
{
    m_ui->copyConfirmation->setText(QStringLiteral("✓ ") + text);
    m_confirmationTimer->start();
    Q_EMIT message(text);
}

void ConnectorDetails::copyUrl()
{
    QGuiApplication::clipboard()->setText(m_ui->webhookUrlEdit->text());
    confirm(tr("Webhook URL copied to the clipboard"));
}

void ConnectorDetails::copyListenCommand()
{
    QGuiApplication::clipboard()->setText(m_ui->stripeListenEdit->text());
    confirm(tr("Stripe CLI command copied to the clipboard"));
}

void ConnectorDetails::pasteSecret()
{
    m_ui->secretEdit->setText(QGuiApplication::clipboard()->text().trimmed());
    m_ui->secretEdit->setFocus();
}

void ConnectorDetails::validateAsTyped()
{
    const QString text = m_ui->secretEdit->text().trimmed();
    // Only complain once the prefix can be judged: "whs" is on its way to "whsec_".
    if (text.isEmpty() || QStringLiteral("whsec_").startsWith(text)) {
        m_ui->saveSecretButton->setEnabled(!text.isEmpty() && !m_engine.isReadOnly());
        setSecretMessage({}, false);
        return;
    }
    // What cannot be saved (an API key, a cut-off secret) cannot be clicked either.
    const auto validation = Core::validateSigningSecret(text);
    m_ui->saveSecretButton->setEnabled(validation.ok && !m_engine.isReadOnly());
    setSecretMessage(validation.ok ? QString() : validation.error, !validation.ok);
}

void ConnectorDetails::setSecretMessage(const QString &text, bool isError)
{
    QPalette palette = m_ui->secretMessage->parentWidget()->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    m_ui->secretMessage->setPalette(palette);
    m_ui->secretMessage->setText(DisplayText::message(text));
}

void ConnectorDetails::saveSecret()
{
    const QString input = m_ui->secretEdit->text();
    const auto validation = Core::validateSigningSecret(input);
    if (!validation.ok) {
        setSecretMessage(validation.error, true);
        return;
    }
    const qint64 keepMs = m_ui->keepPreviousCheck->isChecked()
        ? qint64(m_ui->keepPreviousHours->value()) * 3600 * 1000
        : 0;
    m_ui->saveSecretButton->setEnabled(false);
    setSecretMessage(tr("Saving…"), false);
    QPointer<ConnectorDetails> self(this);
    const QString id = m_connector.id;
    m_engine.setSecret(id, input, keepMs, [self, id, keepMs](bool ok, const QString &error) {
        if (!self || self->m_connector.id != id)
            return;
        if (!ok) {
            self->setSecretMessage(error, true);
            self->m_ui->saveSecretButton->setEnabled(true);
            return;
        }
        self->m_ui->secretEdit->clear();
        self->m_ui->showSecretButton->setChecked(false);
        self->m_ui->secretMessage->setText(
            keepMs > 0 ? tr("Secret saved. The previous one stays valid for %1.")
                             .arg(DisplayText::duration(keepMs))
                       : tr("Secret saved. Deliveries are now verified with it."));
        Q_EMIT self->message(tr("Signing secret saved"));
    });
}

void ConnectorDetails::applyOptions()
{
    Core::Connector updated = m_connector;
    updated.enabled = m_ui->enabledCheck->isChecked();
    updated.toleranceSecs = m_ui->toleranceSpin->value();
    updated.ratePerSecond = m_ui->rateSpin->value() < 0 ? -1 : m_ui->rateSpin->value();
    updated.burst = qRound(m_ui->burstSpin->value());
    QString error;
    if (!m_engine.updateConnector(updated, &error)) {
        m_ui->optionsMessage->setText(DisplayText::message(error));
        return;
    }
    m_ui->optionsMessage->setText(tr("Applied."));
    Q_EMIT message(tr("Options of %1 applied").arg(updated.name));
}

void ConnectorDetails::askRemove()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Connector"),
                                tr("Remove the connector “%1”? Its URL stops working at once "
                                   "(Stripe gets 404). Its events stay in the history.")
                                    .arg(m_connector.name),
                                QMessageBox::Cancel, this);
    auto *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_connector.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        if (button != remove)
            return;
        QString error;
        if (!m_engine.removeConnector(id, &error))
            Q_EMIT message(error);
    });
    box->open();
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_connectordetails.cpp"
