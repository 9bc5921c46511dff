// The desktop app as a user walks through it, on the real widgets (found by objectName) and a
// real Engine: a temporary data dir, a receiver on a free port, a real agent process.

#include "agents/agentcatalog.h"
#include "agents/agentexamples.h"
#include "core/settingsschema.h"
#include "engine/engine.h"
#include "gui/agentspage.h"
#include "gui/connectorspage.h"
#include "gui/eventdetails.h"
#include "gui/eventlistmodel.h"
#include "gui/eventsource.h"
#include "gui/eventspage.h"
#include "gui/livetableview.h"
#include "gui/mainwindow.h"
#include "gui/newconnectordialog.h"
#include "gui/payloadview.h"
#include "gui/runlistmodel.h"
#include "gui/runspanel.h"
#include "gui/runtable.h"
#include "gui/settingspage.h"
#include "gui/windowstate.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "windowfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Hookyard;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void userWalk();
    void pastedApiKeyIsExplained();
    void keyboardShortcuts();
    void connectorNameIsCheckedAsTyped();
    void agentFromExampleShowsItsFile();
    void noAgentPageOffersExamplesAndAnEditor();
    void defaultLimitsFollowTheSettings();
    void rejectedDeliveriesHaveTheirOwnFilter();
    void connectorShowsItsEventsAndRejections();
    void throttledRequestsShowInTheStatusBar();
    void readOnlyWindowChangesNothing();
    void removedConnectorStaysInTheEventsFilter();
    void eventWithoutRunsSaysWhy();
    void storageFailureShowsInTheBanner();
    void textSearchFindsPayloadsOffTheGuiThread();
    void notReceivingIsShownOnTheConnector();
    void settingsSayWhenTheyApply();
    void closingWithoutATrayQuits();
    void eventRunIsFollowedAndCancelled();
    void runListFollowsNewRunsUntilOneIsPicked();
    void finishedRunIsNotReadAgain();
    void windowLayoutIsRemembered();
    void autostartIsAppliedWithTheSettings();
    void secretStoreSwitchThatFailsChangesNothing();

private:
    void createConnector(const QString &name);
    // createConnector(), a secret saved, and one test event sent from its page and listed.
    void createConnectorWithTestEvent(const QString &name);
    // A connector with a saved signing secret; its id in *id.
    void createConnectorWithSecret(const QString &name, QString *id);

    WindowFixture m_fx;
    QTemporaryDir m_config; // XDG_CONFIG_HOME: the autostart entry goes there, not to ~/.config
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    // No keychain answers, whatever this machine has (a session bus that does not exist): the
    // window keeps its secrets in the file, and a switch to the keychain fails the same way
    // everywhere. tst_keychaincli covers a keychain that answers.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QFile::encodeName(QStringLiteral("unix:path=")
                              + m_config.filePath(QStringLiteral("no-bus"))));
}

void TestMainWindow::init()
{
    QVERIFY(m_fx.createDataDir());
    // An agent that answers on standard output, so that the walk can read a run's output.
    QVERIFY(m_fx.writeAgent(QStringLiteral("echo.yaml"),
                            "name: echo-agent\n"
                            "command: [\"sh\", \"-c\", \"cat >/dev/null; echo recovery drafted for "
                            "$HOOKYARD_EVENT_TYPE\"]\n"
                            "events: [\"payment_intent.*\"]\n"
                            "timeout: 20s\n"));
    QVERIFY(m_fx.startEngine());
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.engine().state(), Engine::Engine::State::Listening, 10000);
    QVERIFY(m_fx.engine().port() > 0);
    QVERIFY(m_fx.showWindow());
}

void TestMainWindow::cleanup()
{
    m_fx.reset();
}

void TestMainWindow::createConnector(const QString &name)
{
    auto *newButton = m_fx.find<QPushButton>("newConnectorButton");
    QVERIFY(newButton);
    QTest::mouseClick(newButton, Qt::LeftButton);
    Gui::NewConnectorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_fx.window().findChild<Gui::NewConnectorDialog *>())
                && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit")), name);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createConnectorButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_fx.engine().connectors().size() == 1);
    QTRY_COMPARE(m_fx.find<QLabel>("nameLabel")->text(), name);
}

void TestMainWindow::createConnectorWithSecret(const QString &name, QString *id)
{
    createConnector(name);
    *id = m_fx.engine().connectors().constFirst().id;
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.engine().isSecretStoreOpen(), 10000);
    bool saved = false;
    m_fx.engine().setSecret(*id, QStringLiteral("whsec_testEvent0123456789abcdefABCDEFgh"), 0,
                            [&saved](bool ok, const QString &) { saved = ok; });
    QTRY_VERIFY(saved);
}

void TestMainWindow::createConnectorWithTestEvent(const QString &name)
{
    QString id;
    createConnectorWithSecret(name, &id);
    if (QTest::currentTestFailed())
        return;
    auto *send = m_fx.find<QPushButton>("sendTestButton");
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton); // the first sample, payment_intent.payment_failed
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.window().eventsPage()->model()->rowCount() == 1, 10000);
}

void TestMainWindow::userWalk()
{
    // 1. A connector, by clicking.
    createConnector(QStringLiteral("billing"));
    QVERIFY(m_fx.find<QLabel>("noSecretWarning")->isVisible());
    QVERIFY(m_fx.find<QLabel>("noSecretWarning")->text().contains(QStringLiteral("503")));

    // 2. Its URL, to the clipboard, with a visible confirmation.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_fx.find<QPushButton>("copyUrlButton"), Qt::LeftButton);
    const QString url = QGuiApplication::clipboard()->text();
    QVERIFY2(url.startsWith(
                 QStringLiteral("http://127.0.0.1:%1/webhooks/stripe/").arg(m_fx.engine().port())),
             qPrintable(url));
    QCOMPARE(url.section(u'/', -1), m_fx.engine().connectors().constFirst().id);
    QVERIFY(!m_fx.find<QLabel>("copyConfirmation")->text().isEmpty());

    // 3. The signing secret, pasted (masked) and saved.
    auto *secret = m_fx.find<QLineEdit>("secretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QGuiApplication::clipboard()->setText(
        QStringLiteral("  whsec_walkthroughsecret0123456789abcdef \n"));
    QTest::mouseClick(m_fx.find<QPushButton>("pasteSecretButton"), Qt::LeftButton);
    QCOMPARE(secret->text(), QStringLiteral("whsec_walkthroughsecret0123456789abcdef"));
    QTest::mouseClick(m_fx.find<QPushButton>("saveSecretButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.engine().connectors().constFirst().hasSecret, 10000);
    QTRY_VERIFY(!m_fx.find<QLabel>("noSecretWarning")->isVisible());
    QVERIFY(secret->text().isEmpty());
    QVERIFY2(secret->placeholderText().startsWith(QStringLiteral("A secret is saved")),
             qPrintable(secret->placeholderText()));

    // 4. A test event; its row appears on the Events page.
    auto *send = m_fx.find<QPushButton>("sendTestButton");
    QTRY_VERIFY(send->isEnabled());
    auto *events = m_fx.window().eventsPage()->model();
    QCOMPARE(events->rowCount(), 0);
    QTest::mouseClick(send, Qt::LeftButton);
    QElapsedTimer sent;
    sent.start();
    QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() == 1, 10000);
    qInfo("row appeared %lld ms after the click (HTTP round trip included)", sent.elapsed());
    QTRY_VERIFY(m_fx.find<QLabel>("testResultLabel")->text().contains(QStringLiteral("200")));
    QCOMPARE(events->index(0, Gui::EventListModel::TypeColumn).data().toString(),
             QStringLiteral("payment_intent.payment_failed"));

    // 5. Open it and find last_payment_error in the payload tree.
    m_fx.window().showPage(Gui::MainWindow::EventsPageIndex);
    auto *table = m_fx.find<Gui::LiveTableView>("eventTable");
    QTRY_VERIFY(table->isVisible());
    const QRect rowRect = table->visualRect(events->index(0, Gui::EventListModel::TypeColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
    QCOMPARE(table->currentIndex().row(), 0);
    auto *findKey = m_fx.find<QLineEdit>("payloadFind");
    QTest::keyClicks(findKey, QStringLiteral("last_payment_error"));
    QTest::keyClick(findKey, Qt::Key_Return);
    auto *tree = m_fx.find<QTreeView>("payloadTree");
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("last_payment_error"));
    QTest::mouseClick(m_fx.find<QToolButton>("payloadCopyPath"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral(R"(input["data"]["object"]["last_payment_error"])"));
    // The confirmation is in the status bar, in place of the receiver's state for a while.
    QVERIFY(!m_fx.window().statusBar()->currentMessage().isEmpty());
    QVERIFY(!m_fx.find<QLabel>("listenState")->isVisible());
    m_fx.window().statusBar()->clearMessage();
    QVERIFY(m_fx.find<QLabel>("listenState")->isVisible());
    QVERIFY(m_fx.find<QPlainTextEdit>("rawBody")->toPlainText().contains(
        QStringLiteral("last_payment_error")));

    // 6. The agent's run and its output.
    auto *runs = m_fx.window().eventsPage()->details()->runsModel();
    QTRY_VERIFY_WITH_TIMEOUT(runs->rowCount() == 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(runs->index(0, 0).data(Gui::RunListModel::StateRole).toString(),
                              QStringLiteral("succeeded"), 20000);
    auto *runTable = m_fx.find<QTableView>("eventRunTable");
    runTable->selectRow(0);
    QTRY_VERIFY(
        m_fx.find<QPlainTextEdit>("eventRunOutput")
            ->toPlainText()
            .contains(QStringLiteral("recovery drafted for payment_intent.payment_failed")));
    QTRY_COMPARE(events->index(0, Gui::EventListModel::RunsColumn).data().toInt(), 1);

    // 7. The Agents page lists it too: for every agent, or narrowed to a state.
    m_fx.window().showPage(Gui::MainWindow::AgentsPageIndex);
    auto *agentRuns = m_fx.window().agentsPage()->runsModel();
    m_fx.find<QCheckBox>("everyAgentRunsCheck")->setChecked(true);
    QTRY_COMPARE(agentRuns->rowCount(), 1);
    auto *state = m_fx.find<QComboBox>("runStateFilter");
    state->setCurrentIndex(state->findData(QStringLiteral("failed")));
    QCOMPARE(agentRuns->rowCount(), 0);
    QVERIFY(m_fx.find<QPlainTextEdit>("agentRunOutput")->toPlainText().isEmpty());
    QCOMPARE(m_fx.find<QPlainTextEdit>("agentRunOutput")->placeholderText(),
             QStringLiteral("No run is in the state “Failed”."));
    state->setCurrentIndex(state->findData(QStringLiteral("succeeded")));
    QCOMPARE(agentRuns->rowCount(), 1);
    QTRY_VERIFY(m_fx.find<QPlainTextEdit>("agentRunOutput")
                    ->toPlainText()
                    .contains(QStringLiteral("recovery drafted")));
}

void TestMainWindow::pastedApiKeyIsExplained()
{
    createConnector(QStringLiteral("shop"));
    auto *secret = m_fx.find<QLineEdit>("secretEdit");
    QTest::keyClicks(secret, QStringLiteral("sk_test_51Nabcdefghijkl"));
    const QString message = m_fx.find<QLabel>("secretMessage")->text();
    QVERIFY2(!message.isEmpty(), "an API key must be explained");
    QVERIFY(!message.contains(QStringLiteral("51Nabcdefghijkl"))); // never repeated
    QVERIFY(!m_fx.find<QPushButton>("saveSecretButton")->isEnabled()); // nothing to save
    QTest::mouseClick(m_fx.find<QPushButton>("saveSecretButton"), Qt::LeftButton);
    QTest::qWait(100);
    QVERIFY(!m_fx.engine().connectors().constFirst().hasSecret);
}

void TestMainWindow::keyboardShortcuts()
{
    m_fx.window().showPage(Gui::MainWindow::SettingsPageIndex);
    QTest::keyClick(&m_fx.window(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_fx.window().findChild<Gui::NewConnectorDialog *>());
    m_fx.window().findChild<Gui::NewConnectorDialog *>()->reject();
    QTest::keyClick(&m_fx.window(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_fx.find<QLineEdit>("eventTextFilter")->hasFocus());
    // Ctrl+W closes the window like its title bar button (no tray here: the close goes through).
    const bool quitOnLast = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false); // this test's own event loop goes on
    QTest::keyClick(&m_fx.window(), Qt::Key_W, Qt::ControlModifier);
    QGuiApplication::setQuitOnLastWindowClosed(quitOnLast);
    QTRY_VERIFY(!m_fx.window().isVisible());
}

// A connector's "Default" rate says what the default is, also after the setting changes.
void TestMainWindow::defaultLimitsFollowTheSettings()
{
    createConnector(QStringLiteral("limits"));
    auto *rate = m_fx.find<QAbstractSpinBox>("rateSpin");
    QCOMPARE(rate->text(), QStringLiteral("Default (100.0 /s)"));
    QString error;
    QVERIFY2(Storage::SettingsRepository(m_fx.engine().database())
                 .setValue(QLatin1String(Core::Settings::DefaultRate), QStringLiteral("0"), &error),
             qPrintable(error));
    m_fx.engine().reloadSettings();
    QTRY_COMPARE(rate->text(), QStringLiteral("Default (Unlimited)"));

    // The two scrolling pages: the wheel that scrolls them changes no limit on the way
    // (WheelGuard; tst_wheelguard has the behaviour).
    for (QWidget *page : { static_cast<QWidget *>(m_fx.window().connectorsPage()),
                           static_cast<QWidget *>(m_fx.window().settingsPage()) }) {
        const auto spinBoxes = page->findChildren<QAbstractSpinBox *>();
        const auto comboBoxes = page->findChildren<QComboBox *>();
        QVERIFY(spinBoxes.size() >= 3 && !comboBoxes.isEmpty());
        for (const QAbstractSpinBox *box : spinBoxes)
            QVERIFY2(box->focusPolicy() == Qt::StrongFocus, qPrintable(box->objectName()));
        for (const QComboBox *box : comboBoxes)
            QVERIFY2(box->focusPolicy() == Qt::StrongFocus, qPrintable(box->objectName()));
    }
}

// An agent added from an example is shown with its file, at once.
void TestMainWindow::agentFromExampleShowsItsFile()
{
    m_fx.window().showPage(Gui::MainWindow::AgentsPageIndex);
    auto *label = m_fx.find<QLabel>("agentFileLabel");
    QTRY_VERIFY(label->text().endsWith(QStringLiteral("echo.yaml")));
    QMenu *examples = m_fx.find<QPushButton>("newAgentButton")->menu();
    QVERIFY(examples && !examples->actions().isEmpty());
    examples->actions().constFirst()->trigger();
    auto *editor = m_fx.find<QPlainTextEdit>("agentEditor");
    QTRY_VERIFY2(!label->text().endsWith(QStringLiteral("echo.yaml")), qPrintable(label->text()));
    QVERIFY2(label->text().startsWith(m_fx.path(QStringLiteral("agents/"))),
             qPrintable(label->text()));
    QVERIFY(QFile::exists(label->text()));
    QFile file(label->text());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), editor->toPlainText());
}

// With no agent file, the page says what an agent is and offers the examples and a blank
// editor; it comes back when the last file goes.
void TestMainWindow::noAgentPageOffersExamplesAndAnEditor()
{
    m_fx.window().showPage(Gui::MainWindow::AgentsPageIndex);
    auto *empty = m_fx.find<QWidget>("agentsEmptyPage");
    auto *editor = m_fx.find<QPlainTextEdit>("agentEditor");
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(!empty->isVisible());
    QVERIFY(!editor->toPlainText().isEmpty()); // echo.yaml

    // Unsaved edits of a file that goes away stay in view, where they can be saved again.
    auto *catalog = m_fx.engine().agents();
    editor->appendPlainText(QStringLiteral("# an edit not saved yet"));
    QVERIFY(QFile::remove(m_fx.path(QStringLiteral("agents/echo.yaml"))));
    catalog->load();
    QTRY_COMPARE(catalog->entries().size(), 0);
    QVERIFY(editor->isVisible());
    QVERIFY(!empty->isVisible());
    editor->document()->setModified(false);
    catalog->load();
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!editor->isVisible());
    const auto examples = Agents::AgentExamples::all();
    QCOMPARE(examples.size(), 4);
    for (const auto &example : examples) {
        const QByteArray name = "emptyExample_" + example.id.toLatin1();
        auto *button = m_fx.find<QPushButton>(name.constData());
        QCOMPARE(button->text(), example.title);
        QVERIFY(button->isEnabled());
    }

    QTest::mouseClick(m_fx.find<QPushButton>("emptyExample_churn"), Qt::LeftButton);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(!empty->isVisible());
    auto *label = m_fx.find<QLabel>("agentFileLabel");
    QVERIFY2(label->text().startsWith(m_fx.path(QStringLiteral("agents/"))),
             qPrintable(label->text()));
    QFile file(label->text());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), editor->toPlainText());
    file.close();
    QTRY_COMPARE(catalog->entries().size(), 1);
    QVERIFY(catalog->entries().constFirst().isOk());

    // The last file goes: the empty page again. "Write Your Own" gives a blank editor, not the
    // removed agent's text, and saving it makes an agent file.
    QVERIFY(QFile::remove(label->text()));
    catalog->load();
    QTRY_VERIFY(empty->isVisible());
    QTest::mouseClick(m_fx.find<QPushButton>("writeOwnAgentButton"), Qt::LeftButton);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->toPlainText().isEmpty());
    QVERIFY(editor->placeholderText().contains(QStringLiteral("name: refund-notes")));
    // A command this machine does not have: valid, with a warning that its runs would fail.
    auto *validation = m_fx.find<QLabel>("agentValidation");
    editor->setPlainText(QStringLiteral("name: own-agent\n"
                                        "command: [\"hookyard-no-such-program\"]\n"
                                        "events: [\"charge.refunded\"]\n"));
    QTRY_VERIFY2(validation->text().contains(
                     QStringLiteral("command not found here: hookyard-no-such-program")),
                 qPrintable(validation->text()));
    editor->setPlainText(QStringLiteral("name: own-agent\n"
                                        "command: [\"sh\", \"-c\", \"cat >/dev/null\"]\n"
                                        "events: [\"charge.refunded\"]\n"));
    QTRY_COMPARE(validation->text(), QStringLiteral("✓ Valid agent “own-agent”"));
    auto *save = m_fx.find<QPushButton>("saveAgentButton");
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(QFile::exists(m_fx.path(QStringLiteral("agents/own-agent.yaml"))));
    catalog->load();
    QTRY_COMPARE(catalog->entries().size(), 1);
    QVERIFY(editor->isVisible());
    QVERIFY(!empty->isVisible());

    // In the list, an agent whose command is not on this machine is marked with why.
    QVERIFY(m_fx.writeAgent(QStringLiteral("elsewhere.yaml"),
                            "name: elsewhere\ncommand: [\"hookyard-no-such-program\"]\n"));
    catalog->load();
    auto *list = m_fx.find<QListWidget>("agentList");
    QTRY_COMPARE(list->count(), 2);
    const auto items = list->findItems(QStringLiteral("elsewhere"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QVERIFY2(items.constFirst()->toolTip().contains(
                 QStringLiteral("; command not found here: hookyard-no-such-program: its runs")),
             qPrintable(items.constFirst()->toolTip()));
    const auto own = list->findItems(QStringLiteral("own-agent"), Qt::MatchExactly);
    QCOMPARE(own.size(), 1);
    QVERIFY(!own.constFirst()->toolTip().contains(QStringLiteral("not found")));

    // A file that does not load is listed by its file name, in words short enough for the list;
    // where the error is, is in its tooltip.
    QVERIFY(m_fx.writeAgent(QStringLiteral("broken.yaml"),
                            "name: broken\nevents: [\"invoice.*\"\ncommand: true\n"));
    catalog->load();
    QTRY_COMPARE(list->count(), 3);
    const auto broken =
        list->findItems(QStringLiteral("broken.yaml — not loaded"), Qt::MatchExactly);
    QCOMPARE(broken.size(), 1);
    QVERIFY2(broken.constFirst()->toolTip().startsWith(QStringLiteral("Not loaded: line 3")),
             qPrintable(broken.constFirst()->toolTip()));
}

void TestMainWindow::connectorNameIsCheckedAsTyped()
{
    QTest::mouseClick(m_fx.find<QPushButton>("newConnectorButton"), Qt::LeftButton);
    Gui::NewConnectorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_fx.window().findChild<Gui::NewConnectorDialog *>()));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("connectorNameEdit"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createConnectorButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTest::keyClicks(name, QStringLiteral("my billing"));
    QVERIFY(!create->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("\"my-billing\" would do")),
             qPrintable(error->text()));
    name->setText(QStringLiteral("my-billing"));
    QVERIFY(create->isEnabled());
    QVERIFY(!error->isVisible());
    dialog->reject();
}

void TestMainWindow::rejectedDeliveriesHaveTheirOwnFilter()
{
    QString error;
    const auto connector = m_fx.engine().addConnector(QStringLiteral("nosecret"), &error);
    QVERIFY2(connector, qPrintable(error));
    // No secret yet: the receiver refuses with 503, and the window lists the refusal.
    QNetworkAccessManager network;
    QNetworkRequest request(m_fx.engine().webhookUrl(*connector));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QByteArrayLiteral("{\"id\":\"evt_1\"}")));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);

    QTRY_VERIFY(m_fx.find<QLabel>("rejectedCount")->text().contains(u'1'));
    m_fx.window().showPage(Gui::MainWindow::EventsPageIndex);
    // An empty list says what it means.
    auto *eventTable = m_fx.find<Gui::LiveTableView>("eventTable");
    QCOMPARE(m_fx.window().eventsPage()->model()->rowCount(), 0);
    QVERIFY2(eventTable->placeholderText().startsWith(QStringLiteral("No events yet.")),
             qPrintable(eventTable->placeholderText()));
    m_fx.find<QLineEdit>("eventTextFilter")->setText(QStringLiteral("zzz"));
    QTRY_COMPARE(eventTable->placeholderText(), QStringLiteral("No events match these filters."));
    m_fx.find<QLineEdit>("eventTextFilter")->clear();
    auto *status = m_fx.find<QComboBox>("eventStatusFilter");
    status->setCurrentIndex(status->findData(int(Gui::EventListModel::Mode::Rejected)));
    auto *events = m_fx.window().eventsPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), 1, 5000);
    const QModelIndex row = events->index(0, Gui::EventListModel::VerificationColumn);
    QCOMPARE(row.data(Gui::EventListModel::ReasonCodeRole).toString(),
             QStringLiteral("no_signing_secret"));
    m_fx.find<QTableView>("eventTable")->selectRow(0);
    // Its reason, and what was recorded of the request: read when the row is shown.
    const QString details = m_fx.find<QTextBrowser>("deliveryDetails")->toPlainText();
    for (const QString &part :
         { QStringLiteral("secret"), QStringLiteral("HTTP 503"), QStringLiteral("rejected"),
           QStringLiteral("Signature timestamp\nnot read"), QStringLiteral("v1 signatures\n0"),
           QStringLiteral("Remote address\n127.0.0.1"),
           QStringLiteral("Content-Type\napplication/json"),
           QStringLiteral("Body size\n14 bytes") })
        QVERIFY2(details.contains(part), qPrintable(part + QStringLiteral(" in:\n") + details));
    QVERIFY(!details.contains(QStringLiteral("Matched secret")));
}

// A connector's Show buttons open the Events page narrowed to it: its events, or its refused
// requests; the status bar's "N rejected" shows every connector's.
void TestMainWindow::connectorShowsItsEventsAndRejections()
{
    createConnector(QStringLiteral("second"));
    const QString second = m_fx.engine().connectors().constFirst().id;
    auto *events = m_fx.window().eventsPage();
    const auto query = [events] {
        return events->model()->query();
    };

    QTest::mouseClick(m_fx.find<QPushButton>("showRejectedButton"), Qt::LeftButton);
    QVERIFY(events->isVisible());
    QCOMPARE(query().mode, Gui::EventListModel::Mode::Rejected);
    QCOMPARE(query().connectorId, second);
    QCOMPARE(m_fx.find<QComboBox>("eventConnectorFilter")->currentText(), QStringLiteral("second"));

    m_fx.window().showPage(Gui::MainWindow::ConnectorsPageIndex);
    QTest::mouseClick(m_fx.find<QPushButton>("showEventsButton"), Qt::LeftButton);
    QVERIFY(events->isVisible());
    QCOMPARE(query().mode, Gui::EventListModel::Mode::Events);
    QCOMPARE(query().connectorId, second);
}

// Guessing URLs from one address: past the reject bucket's burst the receiver answers 429
// without recording the requests; the status bar counts them, with the address.
void TestMainWindow::throttledRequestsShowInTheStatusBar()
{
    auto *label = m_fx.find<QLabel>("throttledCount");
    QVERIFY(!label->isVisible()); // nothing throttled yet: not shown
    QNetworkAccessManager network;
    const QUrl guess(QStringLiteral("http://127.0.0.1:%1/webhooks/stripe/"
                                    "0123456789abcdef0123456789abcdef")
                         .arg(m_fx.engine().port()));
    int refused = 0;
    int unknown = 0;
    for (int i = 0; i < 200 && refused < 3; ++i) {
        QNetworkRequest request(guess);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArrayLiteral("{}")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 404 || status == 429, qPrintable(QString::number(status)));
        refused += status == 429;
        unknown += status == 404;
    }
    QCOMPARE(refused, 3);
    // The 404s are counted apart from the rejected deliveries the link lists.
    QTRY_COMPARE(m_fx.find<QLabel>("rejectedCount")->text(),
                 QStringLiteral("0 rejected, %1 to unknown URLs").arg(unknown));
    QTRY_VERIFY(label->isVisible());
    QTRY_COMPARE(label->text(), QStringLiteral("3 throttled"));
    QVERIFY2(label->toolTip().contains(QStringLiteral("127.0.0.1: 3")),
             qPrintable(label->toolTip()));
}

// A second window on a served data folder says it changes nothing: nothing that would write is
// enabled on its connector page.
void TestMainWindow::readOnlyWindowChangesNothing()
{
    createConnector(QStringLiteral("served"));
    Engine::Engine::Options options;
    options.dataDir = m_fx.dataDir();
    Engine::Engine second(options);
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    QCOMPARE(second.state(), Engine::Engine::State::ReadOnly);
    Gui::MainWindow window(second);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("windowBanner"))->isVisible());
    auto *name = window.findChild<QLabel *>(QStringLiteral("nameLabel"));
    QTRY_COMPARE(name->text(), QStringLiteral("served"));
    const auto child = [&window](const char *objectName) {
        return window.findChild<QWidget *>(QString::fromLatin1(objectName));
    };
    window.findChild<QLineEdit *>(QStringLiteral("secretEdit"))
        ->setText(QStringLiteral("whsec_readOnly0123456789abcdefABCDEF"));
    for (const char *objectName :
         { "secretEdit", "pasteSecretButton", "saveSecretButton", "keepPreviousCheck",
           "enabledCheck", "toleranceSpin", "rateSpin", "burstSpin", "applyOptionsButton",
           "removeConnectorButton", "linkAgentsButton", "newConnectorButton" })
        QVERIFY2(!child(objectName)->isEnabled(), objectName);
    QVERIFY(!child("sendTestButton")->isEnabled()); // no secret yet
    // Reading and copying stay.
    QVERIFY(child("copyUrlButton")->isEnabled());

    // Its status bar counts what the serving process stores from now on: a delivery it rejects
    // (no secret yet: 503, recorded) and an event it accepts.
    auto *rejected = window.findChild<QLabel *>(QStringLiteral("rejectedCount"));
    QCOMPARE(rejected->text(), QStringLiteral("0 rejected"));
    QNetworkAccessManager network;
    const Core::Connector served = m_fx.engine().connectors().constFirst();
    QNetworkRequest request(m_fx.engine().webhookUrl(served));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QByteArrayLiteral("{\"id\":\"evt_1\"}")));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QTRY_COMPARE_WITH_TIMEOUT(rejected->text(),
                              QStringLiteral("<a href=\"rejected\">1 rejected</a>"), 10000);
    bool saved = false;
    m_fx.engine().setSecret(served.id, QStringLiteral("whsec_readOnly0123456789abcdefABCDEF"), 0,
                            [&saved](bool ok, const QString &) { saved = ok; });
    QTRY_VERIFY(saved);
    // Like `hookyard trigger`, the read-only window sends a test event to the serving process,
    // which stores it.
    auto *send = window.findChild<QPushButton *>(QStringLiteral("sendTestButton"));
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 10000); // the secret, seen from this window
    QTest::mouseClick(send, Qt::LeftButton);
    auto *result = window.findChild<QLabel *>(QStringLiteral("testResultLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Delivered ")),
                              qPrintable(result->text()), 10000);
    auto *rate = window.findChild<QLabel *>(QStringLiteral("eventRate"));
    QTRY_COMPARE_WITH_TIMEOUT(rate->text(), QStringLiteral("0.2 events/s"), 10000);
    QCOMPARE(rejected->text(), QStringLiteral("<a href=\"rejected\">1 rejected</a>"));
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.window().eventsPage()->model()->rowCount(), 1, 10000);
}

// Removing the connector the Events page is filtered on: the filter and the list keep agreeing,
// the removed connector stays selectable by its kept name, and its rows say it is gone.
void TestMainWindow::removedConnectorStaysInTheEventsFilter()
{
    createConnectorWithTestEvent(QStringLiteral("shop"));
    if (QTest::currentTestFailed())
        return;
    QString error;
    const QString id = m_fx.engine().connectors().constFirst().id;
    auto *events = m_fx.window().eventsPage()->model();

    m_fx.window().showPage(Gui::MainWindow::EventsPageIndex);
    auto *filter = m_fx.find<QComboBox>("eventConnectorFilter");
    filter->setCurrentIndex(filter->findData(id));
    QCOMPARE(filter->currentText(), QStringLiteral("shop"));
    QVERIFY2(m_fx.engine().removeConnector(id, &error), qPrintable(error));

    QTRY_COMPARE(filter->currentText(), QStringLiteral("shop (removed)"));
    QCOMPARE(filter->currentData().toString(), id);
    QTRY_COMPARE(events->index(0, Gui::EventListModel::ConnectorColumn).data().toString(),
                 QStringLiteral("shop (removed)"));
    QCOMPARE(events->rowCount(), 1);
}

// An event no agent ran on: its Agent Runs tab says why the list is empty and how to start one,
// not "select a run".
void TestMainWindow::eventWithoutRunsSaysWhy()
{
    QString id;
    createConnectorWithSecret(QStringLiteral("shop"), &id);
    if (QTest::currentTestFailed())
        return;
    bool sent = false; // echo-agent listens to payment_intent.* only
    m_fx.engine().sendTestEvent(id, QStringLiteral("invoice.payment_failed"),
                                [&sent](bool ok, int, const QString &) { sent = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(sent, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.window().eventsPage()->model()->rowCount(), 1, 10000);
    m_fx.window().showPage(Gui::MainWindow::EventsPageIndex);
    m_fx.find<Gui::LiveTableView>("eventTable")->selectRow(0);
    m_fx.find<QTabWidget>("eventDetailTabs")->setCurrentIndex(3);
    QCOMPARE(m_fx.window().eventsPage()->details()->runsModel()->rowCount(), 0);
    const QString text = m_fx.find<QPlainTextEdit>("eventRunOutput")->placeholderText();
    QVERIFY2(text.startsWith(QStringLiteral("No agent has run on this event."))
                 && text.contains(QStringLiteral("Run Agent on This Event")),
             qPrintable(text));
}

// When deliveries cannot be stored (a full disk), the window says so at the top with what to do,
// until storing works again; the rejection counts alone do not say why.
void TestMainWindow::storageFailureShowsInTheBanner()
{
    QString id;
    createConnectorWithSecret(QStringLiteral("shop"), &id);
    if (QTest::currentTestFailed())
        return;
    int status = 0; // of the last test event
    const auto send = [this, &id, &status] {
        status = 0;
        m_fx.engine().sendTestEvent(id, QStringLiteral("invoice.payment_failed"),
                                    [&status](bool, int s, const QString &) { status = s; });
        QTRY_VERIFY_WITH_TIMEOUT(status != 0, 10000);
    };
    auto *banner = m_fx.find<QLabel>("windowBanner");
    QVERIFY(!banner->isVisible());

    QSqlQuery sql(m_fx.engine().database().sql());
    QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER fail_events BEFORE INSERT ON events "
                                    "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END")));
    send();
    QCOMPARE(status, 503);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("<b>Deliveries cannot be stored.</b>"))
                 && banner->text().contains(QStringLiteral("disk full (test)")),
             qPrintable(banner->text()));

    QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER fail_events")));
    send();
    QCOMPARE(status, 200);
    QTRY_VERIFY(!banner->isVisible());
}

// The free-text filter runs on the search thread: the list then shows what
// matched, a customer id found in the payload included, and keeps matching new events.
void TestMainWindow::textSearchFindsPayloadsOffTheGuiThread()
{
    createConnectorWithTestEvent(QStringLiteral("shop"));
    if (QTest::currentTestFailed())
        return;
    auto *events = m_fx.window().eventsPage()->model();

    m_fx.window().showPage(Gui::MainWindow::EventsPageIndex);
    auto *text = m_fx.find<QLineEdit>("eventTextFilter");
    auto *table = m_fx.find<Gui::LiveTableView>("eventTable");
    text->setText(QStringLiteral("cus_QOb3mZ8uYtR1sA")); // the sample's customer, in its payload
    // "searched": the rows came from the search thread's answer (EventsPage::onSearchFinished).
    QTRY_VERIFY_WITH_TIMEOUT(events->query().searched && events->rowCount() == 1, 10000);
    QVERIFY(!events->query().searching);

    text->setText(QStringLiteral("cus_nobody"));
    QTRY_VERIFY_WITH_TIMEOUT(
        events->query().searched && events->query().text == QStringLiteral("cus_nobody"), 10000);
    QCOMPARE(events->rowCount(), 0);
    QVERIFY2(table->placeholderText().contains(QStringLiteral("match")),
             qPrintable(table->placeholderText()));

    // An event arriving while the search is shown is matched as it comes.
    text->setText(QStringLiteral("cus_QOb3mZ8uYtR1sA"));
    QTRY_VERIFY_WITH_TIMEOUT(events->query().searched && events->rowCount() == 1, 10000);
    QTest::mouseClick(m_fx.find<QPushButton>("sendTestButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), 2, 10000);
}

// Another program holds the port: the connector does not claim to be receiving, and the test
// event says why it cannot be sent instead of failing with "HTTP 0".
void TestMainWindow::notReceivingIsShownOnTheConnector()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    Engine::Engine::Options options;
    options.dataDir = dir.path();
    options.listenOverride = QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort());
    Engine::Engine engine(options);
    QString error;
    QVERIFY2(engine.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::Engine::State::Failed, 10000);
    const auto connector = engine.addConnector(QStringLiteral("blocked"), &error);
    QVERIFY2(connector, qPrintable(error));
    // Not at once after start(): on a busy machine the store's keychain probe takes a moment.
    QTRY_VERIFY_WITH_TIMEOUT(engine.isSecretStoreOpen(), 10000);
    bool saved = false;
    engine.setSecret(connector->id, QStringLiteral("whsec_blocked0123456789abcdefABCDEF01"), 0,
                     [&saved](bool ok, const QString &) { saved = ok; });
    QTRY_VERIFY(saved);
    Gui::MainWindow window(engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *state = window.findChild<QLabel *>(QStringLiteral("stateLabel"));
    QTRY_COMPARE(state->text(), QStringLiteral("Not receiving"));
    QVERIFY2(state->toolTip().contains(QString::number(squatter.serverPort())),
             qPrintable(state->toolTip()));
    auto *send = window.findChild<QPushButton *>(QStringLiteral("sendTestButton"));
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->toolTip().contains(QStringLiteral("not listening")),
             qPrintable(send->toolTip()));
    engine.stop();
}

void TestMainWindow::settingsSayWhenTheyApply()
{
    m_fx.window().showPage(Gui::MainWindow::SettingsPageIndex);
    // init() starts the engine with --listen, which the setting cannot override.
    QVERIFY(m_fx.find<QLabel>("settingNote_listen_address")
                ->text()
                .contains(QStringLiteral("--listen 127.0.0.1:0")));
    if (qEnvironmentVariableIsEmpty("HOOKYARD_LANGUAGE"))
        QVERIFY(m_fx.find<QLabel>("settingNote_gui_language")
                    ->text()
                    .contains(QStringLiteral("next start")));
    QVERIFY(m_fx.find<QLabel>("settingNote_secrets_backend")
                ->text()
                .contains(QStringLiteral("moves the saved signing secrets")));
    QVERIFY(m_fx.find<QLabel>("settingNote_storage_retention_events")
                ->text()
                .contains(QStringLiteral("every hour")));
    QVERIFY(
        !m_fx.window().findChild<QLabel *>(QStringLiteral("settingNote_agents_max_concurrent")));

    // Where 0 means no limit, the field says so.
    QCOMPARE(m_fx.find<QSpinBox>("setting_storage_retention_events")->text(),
             QStringLiteral("No cap"));
    // Sizes read in their unit, choices say what they mean; the stored values stay as they were.
    auto *bodyLimit = m_fx.find<QSpinBox>("setting_receiver_body_limit");
    QCOMPARE(bodyLimit->text(), QStringLiteral("1 MiB"));
    auto *durability = m_fx.find<QComboBox>("setting_storage_synchronous");
    QVERIFY2(durability->currentText().startsWith(QStringLiteral("Normal: ")),
             qPrintable(durability->currentText()));
    QCOMPARE(durability->currentData().toString(), QStringLiteral("normal"));
    auto *language = m_fx.find<QComboBox>("setting_gui_language");
    QCOMPARE(language->itemText(language->findData(QStringLiteral("de"))),
             QStringLiteral("Deutsch"));

    // A duration is shown readable, not as the milliseconds it is stored in, and read back.
    auto *grace = m_fx.find<QLineEdit>("setting_agents_kill_grace");
    QCOMPARE(grace->text(), QStringLiteral("5s"));
    auto *apply = m_fx.find<QPushButton>("applySettingsButton");
    QVERIFY(!apply->isEnabled());
    grace->setText(QStringLiteral("1.5s"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    Storage::SettingsRepository settings(m_fx.engine().database());
    QTRY_COMPARE(settings.value(QStringLiteral("agents.kill_grace")), QStringLiteral("1500"));
    QTRY_COMPARE(grace->text(), QStringLiteral("1.5s"));

    // A refused value stays in its field with the reason under it; nothing is written; the
    // accepted ones beside it are.
    grace->setText(QStringLiteral("soon"));
    auto *workers = m_fx.find<QSpinBox>("setting_agents_max_concurrent");
    workers->setValue(3);
    bodyLimit->stepBy(1); // sizes step in powers of two
    QCOMPARE(bodyLimit->text(), QStringLiteral("2 MiB"));
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *error = m_fx.find<QLabel>("settingError_agents_kill_grace");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("duration")), qPrintable(error->text()));
    QCOMPARE(grace->text(), QStringLiteral("soon"));
    QCOMPARE(settings.value(QStringLiteral("agents.kill_grace")), QStringLiteral("1500"));
    QCOMPARE(settings.value(QStringLiteral("agents.max_concurrent")), QStringLiteral("3"));
    QCOMPARE(settings.value(QStringLiteral("receiver.body_limit")), QStringLiteral("2097152"));
    QCOMPARE(workers->value(), 3);
    QVERIFY(apply->isEnabled());
}

void TestMainWindow::closingWithoutATrayQuits()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("this platform has a system tray; TrayPolicy's tests cover that case");
    // Keep receiving in the tray is on (the default), but there is no tray to come back from:
    // the close must go through, so that the app quits instead of running invisibly.
    QVERIFY(Storage::SettingsRepository(m_fx.engine().database())
                .boolValue(QLatin1String(Core::Settings::CloseToTray)));
    const bool quitOnLast = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false); // this test's own event loop goes on
    const bool closed = m_fx.window().close();
    QGuiApplication::setQuitOnLastWindowClosed(quitOnLast);
    QVERIFY(closed);
    QVERIFY(!m_fx.window().isVisible());
}

// An event's Agent Runs tab follows a running run's output as it grows, and cancels it.
void TestMainWindow::eventRunIsFollowedAndCancelled()
{
    QVERIFY(m_fx.writeAgent(QStringLiteral("slow.yaml"),
                            "name: slow-agent\n"
                            "command: [\"sh\", \"-c\", \"cat >/dev/null; echo first step done; "
                            "sleep 30\"]\n"
                            "events: [\"payment_intent.*\"]\n"
                            "timeout: 60s\n"));
    const auto slowAgentLoaded = [this] {
        const auto entries = m_fx.engine().agents()->entries();
        return std::any_of(entries.cbegin(), entries.cend(), [](const auto &entry) {
            return entry.isOk() && entry.spec.name == QLatin1String("slow-agent");
        });
    };
    QTRY_VERIFY(slowAgentLoaded());
    createConnectorWithTestEvent(QStringLiteral("shop"));
    m_fx.window().showPage(Gui::MainWindow::EventsPageIndex);
    m_fx.find<Gui::LiveTableView>("eventTable")->selectRow(0);
    m_fx.find<QTabWidget>("eventDetailTabs")->setCurrentIndex(3);

    auto *runs = m_fx.window().eventsPage()->details()->runsModel();
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 2, 10000); // both agents, listed as they start
    auto *table = m_fx.find<QTableView>("eventRunTable");
    QVERIFY(table->isColumnHidden(Gui::RunListModel::EventColumn)); // the event is this one
    int slowRow = -1;
    QTRY_VERIFY((slowRow = runs->match(runs->index(0, 0), Gui::RunListModel::AgentRole,
                                       QStringLiteral("slow-agent"))
                               .value(0)
                               .row())
                >= 0);
    table->selectRow(slowRow);
    auto *output = m_fx.find<QPlainTextEdit>("eventRunOutput");
    QTRY_VERIFY_WITH_TIMEOUT(output->toPlainText().contains(QStringLiteral("first step done")),
                             10000);
    QVERIFY(output->toPlainText().contains(Gui::stillRunningNote()));

    auto *cancel = m_fx.find<QPushButton>("cancelEventRunButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentIndex().data(Gui::RunListModel::StateRole).toString(),
                              QStringLiteral("cancelled"), 10000);
    QTRY_VERIFY(!output->toPlainText().contains(Gui::stillRunningNote()));
    QVERIFY(output->toPlainText().contains(QStringLiteral("first step done")));
    QVERIFY(!cancel->isEnabled());
}

// The Agents page's run list shows the newest run as runs come, until the user picks one.
void TestMainWindow::runListFollowsNewRunsUntilOneIsPicked()
{
    QString id;
    createConnectorWithSecret(QStringLiteral("shop"), &id);
    if (QTest::currentTestFailed())
        return;
    const auto send = [this, &id] {
        bool sent = false;
        m_fx.engine().sendTestEvent(id, QStringLiteral("payment_intent.payment_failed"),
                                    [&sent](bool ok, int, const QString &) { sent = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(sent, 10000);
    };
    m_fx.window().showPage(Gui::MainWindow::AgentsPageIndex);
    m_fx.find<QTabWidget>("agentTabs")->setCurrentIndex(1);
    m_fx.find<QCheckBox>("everyAgentRunsCheck")->setChecked(true);
    auto *runs = m_fx.window().agentsPage()->runsModel();
    auto *table = m_fx.find<QTableView>("agentRunTable");
    const auto shownRun = [table] {
        return table->currentIndex().data(Gui::RunListModel::RunIdRole).toLongLong();
    };
    // Before the first run, the output pane says why the list is empty.
    auto *output = m_fx.find<QPlainTextEdit>("agentRunOutput");
    QCOMPARE(runs->rowCount(), 0);
    QCOMPARE(output->placeholderText(), QStringLiteral("No agent has run yet."));

    send();
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 1, 10000);
    QTRY_COMPARE(shownRun(), runs->runAt(0).id);
    send();
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 2, 10000);
    QTRY_COMPARE(shownRun(), runs->runAt(0).id); // followed to the newest

    // The user picks the older run: it stays shown when the next one comes.
    const QRect older = table->visualRect(runs->index(1, Gui::RunListModel::AgentColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, older.center());
    const qint64 picked = runs->runAt(1).id;
    QCOMPARE(shownRun(), picked);
    send();
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(runs->index(0, 0).data(Gui::RunListModel::StateRole).toString(),
                              QStringLiteral("succeeded"), 10000);
    QCOMPARE(shownRun(), picked);
    QVERIFY(m_fx.find<QPlainTextEdit>("agentRunOutput")
                ->toPlainText()
                .startsWith(QStringLiteral("Run %1 ").arg(picked)));
}

// A read-only window learns of the serving process's work only from database changes (up to 10
// a second under load). A finished run never changes: the shown one is not read again (its
// output can be 2 MiB), while new runs are still picked up.
void TestMainWindow::finishedRunIsNotReadAgain()
{
    createConnectorWithTestEvent(QStringLiteral("shop"));
    if (QTest::currentTestFailed())
        return;
    class CountingSource final : public Gui::EventSource
    {
    public:
        explicit CountingSource(Storage::Database &db) : m_db(db) { }
        int runReads = 0;
        QList<Storage::EventRecord> events(const Storage::EventFilter &f) override
        {
            return m_db.events(f);
        }
        QList<Storage::DeliveryRecord> deliveries(const Storage::DeliveryFilter &f) override
        {
            return m_db.deliveries(f);
        }
        std::optional<Storage::EventRecord> event(qint64 row) override { return m_db.event(row); }
        QList<Storage::RunRecord> runs(const Storage::RunFilter &f) override
        {
            return m_db.runs(f);
        }
        std::optional<Storage::RunRecord> run(qint64 id) override
        {
            ++runReads;
            return m_db.run(id);
        }

    private:
        Gui::DatabaseEventSource m_db;
    };
    CountingSource source(m_fx.engine().database());
    Gui::RunsPanel panel(Gui::RunsPanel::Scope::AgentRuns, m_fx.engine(), source);
    auto *runs = panel.model();
    const QString id = m_fx.engine().connectors().constFirst().id;
    const auto send = [this, &id] {
        bool sent = false;
        m_fx.engine().sendTestEvent(id, QStringLiteral("payment_intent.payment_failed"),
                                    [&sent](bool ok, int, const QString &) { sent = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(sent, 10000);
    };
    const auto shownRun = [&panel] {
        return panel.table()->currentIndex().data(Gui::RunListModel::RunIdRole).toLongLong();
    };
    // The test event (payment_intent.payment_failed) started the echo agent.
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(runs->index(0, 0).data(Gui::RunListModel::StateRole).toString(),
                              QStringLiteral("succeeded"), 20000);
    QTRY_COMPARE(shownRun(), runs->runAt(0).id);

    const int reads = source.runReads;
    for (int i = 0; i < 5; ++i)
        Q_EMIT m_fx.engine().databaseChanged();
    QCOMPARE(source.runReads, reads);

    // A new run is still followed and read.
    send();
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 2, 10000);
    QTRY_COMPARE(shownRun(), runs->runAt(0).id);
    QVERIFY(source.runReads > reads);
}

// The window comes back as it was left: size, page and splitters, from a file of its own that
// holds nothing of the data folder. A first run fits the window to its screen.
void TestMainWindow::windowLayoutIsRemembered()
{
    QString id;
    createConnectorWithSecret(QStringLiteral("shop"), &id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.conf"));
    QList<int> eventsSizes;
    {
        QSettings store(path, QSettings::IniFormat);
        Gui::MainWindow first(m_fx.engine());
        first.useStateStore(&store);
        // Nothing saved yet: the offscreen screen (800x600) is smaller than the window's
        // preferred 1280x820, so the window shrinks to fit it.
        const QRect available = first.screen()->availableGeometry();
        QVERIFY(first.width() <= available.width() && first.height() <= available.height());
        QCOMPARE(first.size(), Gui::WindowState::firstSize(QSize(1280, 820), available));
        QCOMPARE(first.currentPage(), Gui::MainWindow::ConnectorsPageIndex);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));

        first.resize(900, 560); // above the window's minimum width (about 850)
        QTRY_COMPARE(first.size(), QSize(900, 560));
        first.showPage(Gui::MainWindow::EventsPageIndex);
        auto *events = first.findChild<QSplitter *>(QStringLiteral("eventsSplitter"));
        QVERIFY(events);
        QTRY_VERIFY(events->sizes().value(0) + events->sizes().value(1) > 100);
        const int total = events->sizes().value(0) + events->sizes().value(1);
        events->setSizes({ total / 4, total - total / 4 });
        eventsSizes = events->sizes();
        QCOMPARE(eventsSizes.value(0), total / 4);
        auto *table = first.findChild<QTableView *>(QStringLiteral("eventTable"));
        QVERIFY(table);
        table->horizontalHeader()->resizeSection(Gui::EventListModel::TypeColumn, 333);
        first.showPage(Gui::MainWindow::AgentsPageIndex);
        QVERIFY(first.close());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("geometry"));
    for (const QString &kept : { id, QStringLiteral("shop"), m_fx.engine().dataDir() })
        QVERIFY2(!written.contains(kept.toUtf8()), qPrintable(kept));

    QSettings store(path, QSettings::IniFormat);
    Gui::MainWindow second(m_fx.engine());
    second.useStateStore(&store);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.currentPage(), Gui::MainWindow::AgentsPageIndex);
    QCOMPARE(second.size(), QSize(900, 560));
    // The Events page was hidden when its splitter was restored: it takes the sizes when shown.
    second.showPage(Gui::MainWindow::EventsPageIndex);
    auto *events = second.findChild<QSplitter *>(QStringLiteral("eventsSplitter"));
    QVERIFY(events);
    QTRY_COMPARE(events->sizes(), eventsSizes);
    QCOMPARE(second.findChild<QTableView *>(QStringLiteral("eventTable"))
                 ->horizontalHeader()
                 ->sectionSize(Gui::EventListModel::TypeColumn),
             333);
    second.close();

    // Without a connector, the first run's guidance wins over the remembered page.
    QString error;
    QVERIFY2(m_fx.engine().removeConnector(id, &error), qPrintable(error));
    QVERIFY(m_fx.engine().connectors().isEmpty());
    Gui::MainWindow third(m_fx.engine());
    third.useStateStore(&store);
    QCOMPARE(third.currentPage(), Gui::MainWindow::ConnectorsPageIndex);
}

// "Start Hookyard when I log in" goes with Apply and Revert like the other settings, writes the
// desktop's autostart entry for this data folder, and follows the entry when it changes outside.
void TestMainWindow::autostartIsAppliedWithTheSettings()
{
    const QString entry =
        m_config.path() + QStringLiteral("/autostart/dev.hookyard.Hookyard.desktop");
    QFile::remove(entry);
    m_fx.window().showPage(Gui::MainWindow::SettingsPageIndex);
    auto *check = m_fx.find<QCheckBox>("autostartCheck");
    auto *apply = m_fx.find<QPushButton>("applySettingsButton");
    QVERIFY(check && apply);
    QVERIFY(!check->isChecked());
    QVERIFY(!apply->isEnabled());

    check->setChecked(true);
    QVERIFY(apply->isEnabled());
    QVERIFY(!QFile::exists(entry)); // nothing before Apply
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(QFile::exists(entry));
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    // This executable, in the tray, with the fixture's (not default) data folder.
    QVERIFY2(text.contains(QCoreApplication::applicationFilePath()
                           + QStringLiteral(" --tray --data-dir ") + m_fx.engine().dataDir()),
             qPrintable(text));
    QVERIFY(check->isChecked());
    QVERIFY(!apply->isEnabled());

    // Turned off in the desktop's own settings: the page says so when it next loads.
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    m_fx.engine().reloadSettings(); // any reload of the page, as on settingsChanged
    QTRY_VERIFY(!check->isChecked());

    // Off from here: Apply removes the entry; Revert before Apply changes nothing.
    check->setChecked(true);
    QTest::mouseClick(m_fx.find<QPushButton>("revertSettingsButton"), Qt::LeftButton);
    QVERIFY(!check->isChecked());
    QVERIFY(QFile::exists(entry));
    check->setChecked(true);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(check->isChecked());
    check->setChecked(false);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!QFile::exists(entry));

    // A folder that cannot be written: the reason shows under the box, nothing else is lost.
    QVERIFY(QDir(m_config.path() + QStringLiteral("/autostart")).removeRecursively());
    QFile blocker(m_config.path() + QStringLiteral("/autostart"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    check->setChecked(true);
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *error = m_fx.find<QLabel>("autostartError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("autostart")), qPrintable(error->text()));
    QVERIFY(blocker.remove());
}

// Switching the secret store moves the secrets first; when the new store cannot take them, the
// page says why under the field and nothing changes (the store, the setting, the secret).
void TestMainWindow::secretStoreSwitchThatFailsChangesNothing()
{
    QTRY_VERIFY(m_fx.engine().isSecretStoreOpen());
    QVERIFY(m_fx.engine().secretStoreDescription().startsWith(QStringLiteral("file ")));
    // The page learns of the store from the engine's secretStoreChanged(), shown or not.
    QTRY_COMPARE(m_fx.find<QLabel>("secretStoreInUse")->text(),
                 m_fx.engine().secretStoreDescription());
    QString error;
    const auto connector = m_fx.engine().addConnector(QStringLiteral("billing"), &error);
    QVERIFY2(connector, qPrintable(error));
    bool saved = false;
    m_fx.engine().setSecret(connector->id, QStringLiteral("whsec_windowSecret0123456789abcdef"), 0,
                            [&](bool ok, const QString &) { saved = ok; });
    QTRY_VERIFY(saved);

    m_fx.window().showPage(Gui::MainWindow::SettingsPageIndex);
    auto *store = m_fx.find<QComboBox>("setting_secrets_backend");
    store->setCurrentIndex(store->findData(QStringLiteral("keychain")));
    auto *apply = m_fx.find<QPushButton>("applySettingsButton");
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *fieldError = m_fx.find<QLabel>("settingError_secrets_backend");
    QTRY_VERIFY_WITH_TIMEOUT(fieldError->isVisible(), 20000);
    QVERIFY2(fieldError->text().contains(QStringLiteral("cannot be moved to keychain")),
             qPrintable(fieldError->text()));
    QVERIFY2(fieldError->text().contains(QStringLiteral("The setting stays as it was")),
             qPrintable(fieldError->text()));
    QCOMPARE(Storage::SettingsRepository(m_fx.engine().database())
                 .value(QStringLiteral("secrets.backend")),
             QStringLiteral("auto"));
    QVERIFY(m_fx.engine().secretStoreDescription().startsWith(QStringLiteral("file ")));
    QCOMPARE(store->currentData().toString(), QStringLiteral("keychain")); // left to revert
    QVERIFY(apply->isEnabled());
    // The secret still signs and verifies.
    int status = 0;
    m_fx.engine().sendTestEvent(connector->id, QStringLiteral("invoice.payment_failed"),
                                [&](bool, int s, const QString &) { status = s; });
    QTRY_COMPARE_WITH_TIMEOUT(status, 200, 10000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
