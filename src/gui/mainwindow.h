#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

class AgentsPage;
class ConnectorsPage;
class EventsPage;
class SettingsPage;
class StatusIndicators;
class TrayController;
struct WindowState;

// The desktop window: composes the four pages, the status bar, the read-only banner and the
// tray. The engine must be started (Engine::start) and outlive the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Page { ConnectorsPageIndex, EventsPageIndex, AgentsPageIndex, SettingsPageIndex };

    explicit MainWindow(Engine::Engine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;

    // Lays the window out as `store` remembers it (WindowState), or, when it holds nothing yet,
    // sizes it to fit its screen; from then on the window writes its layout back into `store`
    // whenever it closes (or goes to the tray) and when the application quits. Call before
    // show(). `store` must outlive the window.
    void useStateStore(QSettings *store);
    // Whether the window may start hidden, receiving from the tray (hookyard --tray): false
    // where there is no tray, and the caller shows the window instead.
    bool canStartInTray() const;
    // Shows the window, restored and in front: from the tray, or a second start of the app.
    void bringToFront();
    // Quits the application, as File > Quit does (also on SIGTERM and SIGINT): the window closes
    // instead of going to the tray.
    void quit();
    ConnectorsPage *connectorsPage() const { return m_connectors; }
    EventsPage *eventsPage() const { return m_events; }
    AgentsPage *agentsPage() const { return m_agents; }
    SettingsPage *settingsPage() const { return m_settings; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateBanner();
    void showMessage(const QString &text);
    WindowState layoutState() const;
    void applyLayoutState(const WindowState &state);
    void saveLayoutState();

    Engine::Engine &m_engine;
    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QLabel *m_banner; // read-only mode, or deliveries that cannot be stored
    ConnectorsPage *m_connectors;
    EventsPage *m_events;
    AgentsPage *m_agents;
    SettingsPage *m_settings;
    StatusIndicators *m_status;
    TrayController *m_tray;
    QSettings *m_stateStore = nullptr;
    bool m_quitting = false;
};

} // namespace Hookyard::Gui
