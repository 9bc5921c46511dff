#include "gui/mainwindow.h"

#include "core/logging.h"
#include "core/settingsschema.h"
#include "engine/engine.h"
#include "gui/agentspage.h"
#include "gui/connectorspage.h"
#include "gui/displaytext.h"
#include "gui/eventlistmodel.h"
#include "gui/eventspage.h"
#include "gui/icons.h"
#include "gui/settingspage.h"
#include "gui/statusindicators.h"
#include "gui/traycontroller.h"
#include "gui/windowstate.h"
#include "storage/settingsrepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Hookyard::Gui {

namespace {
constexpr int StatusMessageMs = 5000;

// A table's key in WindowState: its name and its number of columns, "eventTable@8".
QString tableKey(const QTableView *table)
{
    const int columns = table->model() ? table->model()->columnCount() : 0;
    return table->objectName() + u'@' + QString::number(columns);
}
} // namespace

MainWindow::MainWindow(Engine::Engine &engine, QWidget *parent)
    : QMainWindow(parent), m_engine(engine), m_pageList(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_banner(new QLabel(this)),
      m_connectors(new ConnectorsPage(engine, this)), m_events(new EventsPage(engine, this)),
      m_agents(new AgentsPage(engine, this)), m_settings(new SettingsPage(engine, this)),
      m_status(new StatusIndicators(engine, statusBar())),
      m_tray(new TrayController(engine, *m_status, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hookyard"));
    setWindowIcon(Icons::get(Icons::App));

    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    const QList<QPair<Icons::Id, QString>> pages = {
        { Icons::Connectors, tr("Connectors") },
        { Icons::Events, tr("Events") },
        { Icons::Agents, tr("Agents") },
        { Icons::Settings, tr("Settings") },
    };
    for (const auto &[icon, text] : pages)
        new QListWidgetItem(Icons::get(icon), text, m_pageList);
    m_pageList->setIconSize(QSize(20, 20));
    m_pageList->setSpacing(2);
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setFixedWidth(fontMetrics().horizontalAdvance(tr("Connectors")) + 72);
    m_pageList->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px; }"));

    m_stack->addWidget(m_connectors);
    m_stack->addWidget(m_events);
    m_stack->addWidget(m_agents);
    m_stack->addWidget(m_settings);

    m_banner->setObjectName(QStringLiteral("windowBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    QColor tint(0xe0, 0xa0, 0x00);
    tint.setAlpha(56);
    bannerPalette.setColor(QPalette::Window, tint);
    m_banner->setPalette(bannerPalette);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banner);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_pageList);
    row->addWidget(m_stack, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_connectors, &ConnectorsPage::message, this, &MainWindow::showMessage);
    connect(m_events, &EventsPage::message, this, &MainWindow::showMessage);
    connect(m_agents, &AgentsPage::message, this, &MainWindow::showMessage);
    connect(m_settings, &SettingsPage::message, this, &MainWindow::showMessage);
    // The status bar's "N rejected" (every connector) and a connector's Show buttons.
    connect(m_status, &StatusIndicators::rejectedClicked, this, [this] {
        showPage(EventsPageIndex);
        m_events->showDeliveries(QString(), EventListModel::Mode::Rejected);
    });
    connect(m_connectors, &ConnectorsPage::deliveriesRequested, this,
            [this](const QString &connectorId, bool rejectedOnly) {
                showPage(EventsPageIndex);
                m_events->showDeliveries(connectorId,
                                         rejectedOnly ? EventListModel::Mode::Rejected
                                                      : EventListModel::Mode::Events);
            });
    connect(m_tray, &TrayController::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
    connect(&engine, &Engine::Engine::stateChanged, this, &MainWindow::updateBanner);
    connect(&engine, &Engine::Engine::storageFailureChanged, this, &MainWindow::updateBanner);

    createActions();
    updateBanner();
    showPage(ConnectorsPageIndex);
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newConnector = file->addAction(Icons::get(Icons::Add), tr("&New Connector…"));
    newConnector->setObjectName(QStringLiteral("newConnectorAction"));
    newConnector->setShortcut(QKeySequence::New);
    newConnector->setEnabled(!m_engine.isReadOnly());
    connect(newConnector, &QAction::triggered, this, [this] {
        showPage(ConnectorsPageIndex);
        m_connectors->newConnector();
    });
    file->addSeparator();
    // Closes as the title bar's button does: to the tray where receiving goes on, else quits.
    QAction *closeAction = file->addAction(tr("&Close Window"));
    // Ctrl+W everywhere, and the platform's own Close key too (Ctrl+F4 on some).
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closeKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    closeAction->setShortcuts(closeKeys);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    QAction *quitAction = file->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names = { tr("&Connectors"), tr("&Events"), tr("&Agents"), tr("&Settings") };
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = view->addAction(names.at(i));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Filter Events"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showPage(EventsPageIndex);
        m_events->focusFilter();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hookyard"), this, [this] {
        QMessageBox::about(
            this, tr("About Hookyard"),
            tr("<h3>Hookyard %1</h3><p>Receive Stripe webhooks on your own machine "
               "and turn them into work done by local agents.</p><p>Data folder: "
               "%2</p>")
                .arg(QLatin1String(HOOKYARD_VERSION), m_engine.dataDir().toHtmlEscaped()));
    });
}

void MainWindow::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qMax(0, m_pageList->currentRow()));
}

void MainWindow::useStateStore(QSettings *store)
{
    m_stateStore = store;
    const WindowState state = WindowState::read(*store);
    if (state.geometry.isEmpty()) {
        // First run: the preferred size where the screen has room, centred on it.
        if (const QScreen *s = screen()) {
            const QRect available = s->availableGeometry();
            const QSize size = WindowState::firstSize(this->size(), available);
            resize(size);
            move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        }
    }
    applyLayoutState(state);
    // Every way out: Quit, Ctrl+Q, the tray's Quit, the session ending.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayoutState);
}

bool MainWindow::canStartInTray() const
{
    // No notice when it does: started at login, the tray icon and its tooltip say enough; the
    // notice that receiving goes on is for a window the user closes.
    return m_tray->isAvailable();
}

void MainWindow::bringToFront()
{
    // Maximised stays maximised; minimised or hidden comes back as it was.
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

WindowState MainWindow::layoutState() const
{
    WindowState state;
    state.geometry = saveGeometry();
    state.page = int(currentPage());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (splitter->objectName().endsWith(QLatin1String("Splitter")))
            state.splitters.insert(splitter->objectName(), splitter->saveState());
    }
    for (const QTableView *table : findChildren<QTableView *>()) {
        if (table->objectName().endsWith(QLatin1String("Table")))
            state.tableHeaders.insert(tableKey(table), table->horizontalHeader()->saveState());
    }
    return state;
}

void MainWindow::applyLayoutState(const WindowState &state)
{
    if (!state.geometry.isEmpty())
        restoreGeometry(state.geometry); // keeps the window on a screen that exists now
    for (auto it = state.splitters.cbegin(); it != state.splitters.cend(); ++it) {
        if (auto *splitter = findChild<QSplitter *>(it.key()))
            splitter->restoreState(it.value());
    }
    for (QTableView *table : findChildren<QTableView *>()) {
        // Saved with another number of columns (another version): the table keeps the widths
        // it computed for its own.
        const QByteArray header = state.tableHeaders.value(tableKey(table));
        if (!header.isEmpty())
            table->horizontalHeader()->restoreState(header);
    }
    // With no connector yet the first run's guidance is on the Connectors page: start there.
    if (state.page > int(ConnectorsPageIndex) && state.page <= int(SettingsPageIndex)
        && !m_engine.connectors().isEmpty())
        showPage(Page(state.page));
}

void MainWindow::saveLayoutState()
{
    if (!m_stateStore)
        return;
    QString error;
    if (!layoutState().write(*m_stateStore, &error))
        qCWarning(lcGui).noquote() << "the window's layout is not remembered:" << error;
}

void MainWindow::updateBanner()
{
    const bool readOnly = m_engine.isReadOnly();
    const QString storageFailure = m_engine.storageFailure();
    m_banner->setVisible(readOnly || !storageFailure.isEmpty());
    if (!storageFailure.isEmpty()) // only the serving window stores
        m_banner->setText(tr("<b>Deliveries cannot be stored.</b> %1")
                              .arg(DisplayText::message(storageFailure).toHtmlEscaped()));
    else if (readOnly)
        m_banner->setText(tr("<b>Read-only.</b> Another Hookyard process (%1) already serves this "
                             "data folder: it receives the webhooks and runs the agents. This "
                             "window shows what it stores and can send it test events, but "
                             "changes nothing itself. Quit the other process, or start this one "
                             "with another --data-dir.")
                              .arg(m_engine.lockHolder().toHtmlEscaped()));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(DisplayText::message(text), StatusMessageMs);
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayoutState();
    Storage::SettingsRepository settings(m_engine.database());
    const bool toTray = settings.boolValue(QLatin1String(Core::Settings::CloseToTray));
    if (TrayPolicy::closeAction(m_quitting, toTray, m_tray->isAvailable(), m_engine.isReadOnly())
        == TrayPolicy::CloseAction::HideToTray) {
        // Keep receiving: the window goes, the engine and the tray stay.
        hide();
        event->ignore();
        m_tray->windowHidden();
        return;
    }
    event->accept();
}

} // namespace Hookyard::Gui

#include "moc_mainwindow.cpp"
