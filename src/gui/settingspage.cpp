#include "gui/settingspage.h"

#include "cli/datadir.h"
#include "core/duration.h"
#include "core/settingsschema.h"
#include "engine/engine.h"
#include "gui/autostart.h"
#include "gui/bytesizespinbox.h"
#include "gui/wheelguard.h"
#include "i18n/i18n.h"
#include "storage/settingsrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QVBoxLayout>

#include <optional>

namespace Hookyard::Gui {

QString SettingsPage::labelOf(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        { QLatin1String(Core::Settings::ListenAddress), QT_TR_NOOP("&Listen address and port:") },
        { QLatin1String(Core::Settings::PublicBaseUrl), QT_TR_NOOP("&Public base URL:") },
        { QLatin1String(Core::Settings::BodyLimit), QT_TR_NOOP("&Body limit:") },
        { QLatin1String(Core::Settings::DefaultTolerance), QT_TR_NOOP("Default &tolerance (s):") },
        { QLatin1String(Core::Settings::DefaultRate), QT_TR_NOOP("Default &rate limit (/s):") },
        { QLatin1String(Core::Settings::DefaultBurst), QT_TR_NOOP("Default b&urst:") },
        { QLatin1String(Core::Settings::RejectRate),
          QT_TR_NOOP("Rejected requests per address (/s):") },
        { QLatin1String(Core::Settings::RejectBurst), QT_TR_NOOP("Rejected requests burst:") },
        { QLatin1String(Core::Settings::MaxConnections), QT_TR_NOOP("Connections at most:") },
        { QLatin1String(Core::Settings::MaxConnectionsPerAddress),
          QT_TR_NOOP("Connections per address:") },
        { QLatin1String(Core::Settings::Synchronous), QT_TR_NOOP("&Durability:") },
        { QLatin1String(Core::Settings::RetentionDays), QT_TR_NOOP("Keep events for (&days):") },
        { QLatin1String(Core::Settings::RetentionEvents), QT_TR_NOOP("Keep at most (&events):") },
        { QLatin1String(Core::Settings::SecretBackend), QT_TR_NOOP("&Secret store:") },
        { QLatin1String(Core::Settings::DefaultAgentCommand),
          QT_TR_NOOP("Default agent &command:") },
        { QLatin1String(Core::Settings::MaxConcurrentRuns), QT_TR_NOOP("Runs at the same &time:") },
        { QLatin1String(Core::Settings::OutputCap), QT_TR_NOOP("Output kept per stream:") },
        { QLatin1String(Core::Settings::KillGrace), QT_TR_NOOP("Grace before kill:") },
        { QLatin1String(Core::Settings::Notifications), QT_TR_NOOP("&Notifications") },
        { QLatin1String(Core::Settings::CloseToTray),
          QT_TR_NOOP("&Keep receiving in the tray when the window is closed") },
        { QLatin1String(Core::Settings::Language), QT_TR_NOOP("Lan&guage:") },
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key + u':' : tr(it.value());
}

// How a choice of an enum setting reads in its combo box; the stored value stays the choice.
QString SettingsPage::choiceText(const QString &key, const QString &choice)
{
    namespace S = Core::Settings;
    if (key == QLatin1String(S::Synchronous)) {
        if (choice == QLatin1String("normal"))
            return tr("Normal: a killed or crashed Hookyard loses nothing it acknowledged");
        if (choice == QLatin1String("full"))
            return tr("Full: a power loss loses nothing either (slower)");
    }
    if (key == QLatin1String(S::SecretBackend)) {
        if (choice == QLatin1String("auto"))
            return tr("Automatic: the system keychain, else a file");
        if (choice == QLatin1String("keychain"))
            return tr("The system keychain");
        if (choice == QLatin1String("file"))
            return tr("A file only you can read (0600) in the data folder");
    }
    if (key == QLatin1String(S::Language)) {
        // Each language by its own name, as language menus do: not translated.
        static const QHash<QString, QString> names = {
            { QStringLiteral("en"), QStringLiteral("English") },
            { QStringLiteral("de"), QStringLiteral("Deutsch") },
            { QStringLiteral("fr"), QStringLiteral("Français") },
        };
        if (choice.isEmpty())
            return tr("(system default)");
        return names.value(choice, choice);
    }
    return choice;
}

// When a setting takes effect, where that is not "at once": what Engine::applySettings() and
// the start-up code really do (a restarted receiver for the address, the start only for the
// secret store and the language). Empty: nothing to say.
QString SettingsPage::noteOf(const QString &key) const
{
    namespace S = Core::Settings;
    if (key == QLatin1String(S::ListenAddress)) {
        const QString fromOption = m_engine.listenOverride();
        if (!fromOption.isEmpty())
            return tr("Hookyard was started with --listen %1, which wins over this setting until "
                      "it starts without that option.")
                .arg(fromOption);
        return tr("A new address applies at once: the receiver restarts on it.");
    }
    if (key == QLatin1String(S::Synchronous))
        return tr("Applies when the receiver next starts: at the next start of Hookyard or when "
                  "the listen address changes.");
    if (key == QLatin1String(S::RetentionEvents))
        return tr("Both limits apply soon after start and then every hour, in the process that "
                  "receives (this window, or hookyard serve).");
    if (key == QLatin1String(S::SecretBackend))
        return tr("Switching to another store moves the saved signing secrets into it (each "
                  "copy is checked) and then removes them from the old one. \"auto\" keeps the "
                  "store in use.");
    if (key == QLatin1String(S::Language)) {
        const QString fromEnvironment = I18n::languageSetting();
        if (!fromEnvironment.isEmpty())
            return tr("HOOKYARD_LANGUAGE=%1 is set and wins over this setting.")
                .arg(fromEnvironment);
        return tr("Applies at the next start of Hookyard.");
    }
    return {};
}

SettingsPage::SettingsPage(Engine::Engine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_secretStore(new QLabel(this)),
      m_dataDir(new QLabel(this)),
      m_autostart(new QCheckBox(tr("Start Hookyard when I l&og in, in the tray"), this)),
      m_autostartError(new QLabel(this)), m_apply(new QPushButton(tr("&Apply"), this)),
      m_revert(new QPushButton(tr("Re&vert"), this))
{
    m_apply->setObjectName(QStringLiteral("applySettingsButton"));
    m_revert->setObjectName(QStringLiteral("revertSettingsButton"));
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    // Sections by key prefix, in the schema's order.
    const QList<QPair<QString, QString>> sections = {
        { QStringLiteral("listen."), tr("Receiver address") },
        { QStringLiteral("receiver."), tr("Limits") },
        { QStringLiteral("storage."), tr("Storage and retention") },
        { QStringLiteral("secrets."), tr("Signing secrets") },
        { QStringLiteral("agents."), tr("Agents") },
        { QStringLiteral("gui."), tr("Desktop") },
    };
    for (const auto &[prefix, title] : sections) {
        auto *group = new QGroupBox(title, content);
        auto *form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        for (const auto &spec : Core::settingSpecs()) {
            const QString key = QLatin1String(spec.key);
            if (!key.startsWith(prefix))
                continue;
            QWidget *editor = nullptr;
            switch (spec.type) {
            case Core::SettingType::Bool: {
                auto *check = new QCheckBox(labelOf(key), group);
                connect(check, &QCheckBox::toggled, this, &SettingsPage::markChanged);
                editor = check;
                break;
            }
            case Core::SettingType::Enum: {
                auto *combo = new QComboBox(group);
                for (const QString &choice : QLatin1String(spec.choices).toString().split(u'|'))
                    combo->addItem(choiceText(key, choice), choice);
                connect(combo, &QComboBox::currentIndexChanged, this, &SettingsPage::markChanged);
                editor = combo;
                break;
            }
            case Core::SettingType::Int: {
                const bool bytes = key == QLatin1String(Core::Settings::BodyLimit)
                    || key == QLatin1String(Core::Settings::OutputCap);
                auto *spin = bytes ? new ByteSizeSpinBox(group) : new QSpinBox(group);
                spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
                spin->setRange(int(qMax<qint64>(spec.min, -2147483647)),
                               spec.max > spec.min ? int(qMin<qint64>(spec.max, 2147483647))
                                                   : 2147483647);
                spin->setGroupSeparatorShown(true);
                // Where 0 means no limit, the field says so instead of a bare 0.
                static const QHash<QString, const char *> zeroMeans = {
                    { QLatin1String(Core::Settings::DefaultRate), QT_TR_NOOP("Unlimited") },
                    { QLatin1String(Core::Settings::DefaultBurst), QT_TR_NOOP("Unlimited") },
                    { QLatin1String(Core::Settings::RejectRate), QT_TR_NOOP("Unlimited") },
                    { QLatin1String(Core::Settings::RejectBurst), QT_TR_NOOP("Unlimited") },
                    { QLatin1String(Core::Settings::RetentionDays), QT_TR_NOOP("Forever") },
                    { QLatin1String(Core::Settings::RetentionEvents), QT_TR_NOOP("No cap") },
                };
                if (spec.min == 0 && zeroMeans.contains(key))
                    spin->setSpecialValueText(tr(zeroMeans.value(key)));
                connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::markChanged);
                editor = spin;
                break;
            }
            default: {
                auto *line = new QLineEdit(group);
                if (spec.type == Core::SettingType::Duration)
                    line->setPlaceholderText(tr("a duration: 5s, 500ms, 2m"));
                line->setMinimumWidth(line->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
                connect(line, &QLineEdit::textChanged, this, &SettingsPage::markChanged);
                editor = line;
                break;
            }
            }
            editor->setObjectName(QStringLiteral("setting_") + QString(key).replace(u'.', u'_'));
            editor->setToolTip(
                QCoreApplication::translate("Hookyard::Core::Settings", spec.description));
            auto *error = new QLabel(group);
            error->setObjectName(QStringLiteral("settingError_")
                                 + QString(key).replace(u'.', u'_'));
            error->setWordWrap(true);
            error->setVisible(false);
            m_editors.insert(key, editor);
            m_errors.insert(key, error);
            if (spec.type == Core::SettingType::Bool) {
                form->addRow(editor);
            } else {
                auto *label = new QLabel(labelOf(key), group);
                label->setBuddy(editor);
                form->addRow(label, editor);
            }
            form->addRow(QString(), error);
            if (const QString text = noteOf(key); !text.isEmpty()) {
                auto *note = new QLabel(text, group);
                note->setObjectName(QStringLiteral("settingNote_")
                                    + QString(key).replace(u'.', u'_'));
                note->setWordWrap(true);
                note->setForegroundRole(QPalette::PlaceholderText);
                // Fields stay at their size hint, and a wrapped label's hint is narrow: without
                // a width of its own a one-sentence note runs to four short lines.
                note->setMinimumWidth(note->fontMetrics().averageCharWidth() * 64);
                form->addRow(QString(), note);
            }
        }
        if (prefix == QLatin1String("secrets."))
            form->addRow(tr("In use:"), m_secretStore);
        if (prefix == QLatin1String("storage."))
            form->addRow(tr("Data folder:"), m_dataDir);
        if (prefix == QLatin1String("gui.")) {
            m_autostart->setObjectName(QStringLiteral("autostartCheck"));
            m_autostart->setToolTip(tr("Adds Hookyard to your desktop's startup applications: %1")
                                        .arg(QDir::toNativeSeparators(Autostart::entryPath())));
            m_autostartError->setObjectName(QStringLiteral("autostartError"));
            m_autostartError->setWordWrap(true);
            m_autostartError->setVisible(false);
            form->addRow(m_autostart);
            form->addRow(QString(), m_autostartError);
            auto *note = new QLabel(
                tr("For this user on this computer, with this data folder. Where the desktop "
                   "has no tray, the window opens instead."),
                group);
            note->setWordWrap(true);
            note->setForegroundRole(QPalette::PlaceholderText);
            note->setMinimumWidth(note->fontMetrics().averageCharWidth() * 64);
            form->addRow(QString(), note);
            connect(m_autostart, &QCheckBox::toggled, this, &SettingsPage::markChanged);
        }
        contentLayout->addWidget(group);
    }
    contentLayout->addStretch(1);
    m_secretStore->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secretStore->setObjectName(QStringLiteral("secretStoreInUse"));
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);

    WheelGuard::install(content);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QHBoxLayout;
    auto *note = new QLabel(tr("Applied settings take effect at once, except where a note says "
                               "otherwise."),
                            this);
    note->setWordWrap(true);
    buttons->addWidget(note, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::load);
    connect(&engine, &Engine::Engine::settingsChanged, this, &SettingsPage::load);
    // The secret store is chosen asynchronously (the keychain is probed): say which once known.
    connect(&engine, &Engine::Engine::secretStoreChanged, this,
            [this] { m_secretStore->setText(m_engine.secretStoreDescription()); });
    load();
}

void SettingsPage::showEvent(QShowEvent *event)
{
    m_secretStore->setText(m_engine.secretStoreDescription());
    QWidget::showEvent(event);
}

void SettingsPage::load()
{
    if (m_applying)
        return;
    m_loading = true;
    Storage::SettingsRepository settings(m_engine.database());
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QString value = settings.value(it.key());
        // Durations are stored in milliseconds and shown in their readable form ("5s"), which is
        // what the field is compared against when applying.
        const Core::SettingSpec *spec = Core::findSetting(it.key());
        if (spec && spec->type == Core::SettingType::Duration) {
            bool isNumber = false;
            const qint64 ms = value.toLongLong(&isNumber);
            if (isNumber)
                value = Core::formatDurationMs(ms);
        }
        m_loaded.insert(it.key(), value);
        if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            check->setChecked(value == QLatin1String("true") || value == QLatin1String("1"));
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            spin->setValue(value.toInt());
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            line->setText(value);
        m_errors.value(it.key())->setVisible(false);
    }
    m_secretStore->setText(m_engine.secretStoreDescription());
    m_dataDir->setText(m_engine.dataDir());
    m_autostartLoaded = Autostart::isEnabled();
    m_autostart->setChecked(m_autostartLoaded);
    m_autostartError->setVisible(false);
    m_loading = false;
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
    const bool writable = !m_engine.isReadOnly();
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(writable);
    m_autostart->setEnabled(writable);
}

QString SettingsPage::valueOf(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QString::number(spin->value());
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text().trimmed();
    return {};
}

void SettingsPage::markChanged()
{
    if (m_loading)
        return;
    m_apply->setEnabled(true);
    m_revert->setEnabled(true);
}

void SettingsPage::apply()
{
    Storage::SettingsRepository settings(m_engine.database());
    const QString backendKey = QLatin1String(Core::Settings::SecretBackend);
    std::optional<QString> newBackend; // applied last: it may move the secrets (asynchronous)
    int failed = 0;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString value = valueOf(it.key());
        QLabel *error = m_errors.value(it.key());
        error->setVisible(false);
        if (value == m_loaded.value(it.key()))
            continue;
        if (it.key() == backendKey) {
            newBackend = value;
            continue;
        }
        QString text;
        if (settings.setValue(it.key(), value, &text)) {
            m_loaded.insert(it.key(), value);
        } else {
            error->setText(text);
            error->setVisible(true);
            ++failed;
        }
    }
    m_autostartError->setVisible(false);
    if (m_autostart->isChecked() != m_autostartLoaded) {
        // The entry starts this executable; the data folder goes in when it is not the default.
        const QString dataDir = QDir(m_engine.dataDir()) == QDir(Cli::defaultDataDir())
            ? QString()
            : m_engine.dataDir();
        QString text;
        const bool done = m_autostart->isChecked()
            ? Autostart::enable(QCoreApplication::applicationFilePath(), dataDir, &text)
            : Autostart::disable(&text);
        if (done) {
            m_autostartLoaded = m_autostart->isChecked();
        } else {
            m_autostartError->setText(text);
            m_autostartError->setVisible(true);
            ++failed;
        }
    }
    if (!newBackend) {
        finishApply(failed, {});
        return;
    }
    // Switching the secret store moves the saved secrets: the keychain may take a moment (or
    // ask to be unlocked), so the page waits without blocking the window.
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
    Q_EMIT message(tr("Moving the signing secrets…"));
    QPointer<SettingsPage> self(this);
    m_engine.setSecretBackend(
        *newBackend,
        [self, backendKey, value = *newBackend, failed](bool ok, const QString &text) mutable {
            if (!self)
                return;
            if (ok) {
                self->m_loaded.insert(backendKey, value);
            } else {
                QLabel *error = self->m_errors.value(backendKey);
                error->setText(text);
                error->setVisible(true);
                ++failed;
            }
            self->finishApply(failed, ok ? text : QString());
        });
}

void SettingsPage::finishApply(int failed, const QString &note)
{
    // The engine's reload emits settingsChanged, which reloads this page: not while a refused
    // value is still in its field with the reason under it.
    m_applying = true;
    m_engine.reloadSettings();
    m_applying = false;
    if (failed == 0) {
        load();
        Q_EMIT message(note.isEmpty() ? tr("Settings applied") : note);
    } else {
        m_apply->setEnabled(true);
        m_revert->setEnabled(true);
        Q_EMIT message(tr("%n setting(s) were not accepted: see the page", nullptr, failed));
    }
}

} // namespace Hookyard::Gui

#include "moc_settingspage.cpp"
