#include "gui/testeventsender.h"

#include "engine/engine.h"
#include "gui/icons.h"

#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QWidget>

namespace Hookyard::Gui {

TestEventSender::TestEventSender(Engine::Engine &engine, Widgets widgets, QWidget *page)
    : QObject(page), m_engine(engine), m_widgets(widgets)
{
    m_widgets.send->setIcon(Icons::get(Icons::Send));
    m_widgets.type->addItems(Engine::Engine::sampleEventTypes());
    const int failed = m_widgets.type->findText(QStringLiteral("payment_intent.payment_failed"));
    if (failed >= 0)
        m_widgets.type->setCurrentIndex(failed);
    connect(m_widgets.send, &QPushButton::clicked, this, &TestEventSender::send);
}

void TestEventSender::setConnector(const QString &connectorId, bool hasSecret)
{
    if (connectorId != m_connectorId)
        m_widgets.result->clear();
    m_connectorId = connectorId;
    m_hasSecret = hasSecret;
    updateState();
}

void TestEventSender::updateState()
{
    const bool ownReceiver = m_engine.state() == Engine::Engine::State::Listening;
    const bool readOnly = m_engine.isReadOnly();
    m_widgets.send->setEnabled(m_hasSecret && (ownReceiver || readOnly));
    m_widgets.send->setToolTip(
        !m_hasSecret ? tr("Save a signing secret first")
            : readOnly
            ? tr("Sign a sample event with this connector's secret and deliver it to the "
                 "process that serves this data folder")
            : !ownReceiver ? tr("The receiver is not listening: %1").arg(m_engine.stateText())
                           : tr("Sign a sample event with this connector's secret and deliver "
                                "it to the receiver"));
}

void TestEventSender::send()
{
    const QString type = m_widgets.type->currentText();
    // Disabling the focused button would pass the focus along the chain, to a URL field that
    // then shows its text selected: park it on the type, and give it back afterwards.
    const bool hadFocus = m_widgets.send->hasFocus();
    if (hadFocus)
        m_widgets.type->setFocus(Qt::OtherFocusReason);
    m_widgets.send->setEnabled(false);
    m_widgets.result->setText(tr("Sending %1…").arg(type));
    QPointer<TestEventSender> self(this);
    const QString id = m_connectorId;
    m_engine.sendTestEvent(
        id, type, [self, id, type, hadFocus](bool ok, int status, const QString &text) {
            if (!self)
                return;
            const Widgets &w = self->m_widgets;
            self->updateState(); // the button again, as the receiver's state allows
            if (hadFocus && w.type->hasFocus() && w.send->isEnabled())
                w.send->setFocus(Qt::OtherFocusReason);
            if (self->m_connectorId != id)
                return;
            // The sender's text is the CLI's ("200 evt_… accepted"): the status is said once here.
            QString detail = text;
            const QString prefix = QString::number(status) + u' ';
            if (detail.startsWith(prefix))
                detail.remove(0, prefix.size());
            w.result->setText(
                ok ? tr("Delivered %1 (HTTP %2): %3").arg(type).arg(status).arg(detail)
                    : status == 0 ? tr("Not delivered: %1").arg(detail)
                                  : tr("Not delivered (HTTP %1): %2").arg(status).arg(detail));
        });
}

} // namespace Hookyard::Gui

#include "moc_testeventsender.cpp"
