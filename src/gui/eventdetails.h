#pragma once

#include <QModelIndex>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace Hookyard::Engine {
class Engine;
}
namespace Hookyard::Storage {
struct DeliveryRecord;
}

namespace Hookyard::Gui {

class EventSource;
class PayloadView;
class RunListModel;
class RunsPanel;

// The lower half of the Events page: what one event (or rejected delivery) is. Tabs: the payload
// as a JSON tree, the raw body, the deliveries with their verification details and the headers
// that matter, and the agent runs of the event with their output and log (a RunsPanel).
class EventDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetails)
public:
    EventDetails(Engine::Engine &engine, EventSource &source, QWidget *parent = nullptr);

    // `index` is a row of EventListModel; invalid clears.
    void showRow(const QModelIndex &index);
    PayloadView *payloadView() const { return m_payload; }
    RunListModel *runsModel() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void showEvent(qint64 eventRow);
    void showRejected(const QModelIndex &index);
    // A delivery's time, status and outcome, then its verification details and the headers
    // that matter, as HTML.
    static QString deliveryHtml(const Storage::DeliveryRecord &delivery);
    void runAgent(const QString &agent);
    void fillRunMenu();

    Engine::Engine &m_engine;
    EventSource &m_source;
    qint64 m_eventRow = 0;
    QLabel *m_title;
    QTabWidget *m_tabs;
    PayloadView *m_payload;
    QPlainTextEdit *m_raw;
    QTextBrowser *m_delivery;
    RunsPanel *m_runs;
    QPushButton *m_runAgentButton;
};

} // namespace Hookyard::Gui
