// Linking agents to connectors from the window, both ways (LinkAgentsDialog from a connector,
// AgentConnectorsDialog from the Agents page), on the real widgets and a real Engine: the test
// clicks, then reads the agent files on disk and the reloaded catalog.

#include "agents/agentcatalog.h"
#include "engine/engine.h"
#include "gui/agentconnectorsdialog.h"
#include "gui/agentspage.h"
#include "gui/connectorspage.h"
#include "gui/linkagentsdialog.h"
#include "gui/mainwindow.h"
#include "windowfixture.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Hookyard;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Dunning = "# Drafts a recovery message when a payment fails.\n"
                           "name: dunning\n"
                           "command: [\"sh\", \"-c\", \"cat >/dev/null\"]\n"
                           "events: [\"invoice.payment_failed\"]   # the one that matters\n"
                           "# no connectors: every connector\n"
                           "timeout: 20s\n";
const QByteArray Shipping = "name: shipping\n"
                            "command: [\"true\"]\n"
                            "events:\n"
                            "  - checkout.session.completed\n"
                            "connectors:\n"
                            "  - shop\n"
                            "# retries for a flaky carrier API\n"
                            "retries: 2\n";
const QByteArray Broken = "name: broken\ntimeout: soon\n";

} // namespace

using LinkAgentsDialog = Gui::LinkAgentsDialog;

class TestAgentLinking final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void linkFromTheConnector();
    void refusalStaysInTheDialog();
    void linkFromTheAgentsPage();
    void unsavedEditsBlockTheDialog();

private:
    QString agentFile(const char *name) const
    {
        return m_fx.path(QStringLiteral("agents/") + QLatin1String(name));
    }
    QByteArray read(const char *name) const
    {
        QFile file(agentFile(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QStringList connectorsOf(const QString &agent) const
    {
        const Agents::AgentSpec *spec = m_fx.engine().agents()->snapshot()->agent(agent);
        return spec ? spec->connectors : QStringList { u"(not loaded)"_s };
    }
    void showConnector(const QString &name);
    LinkAgentsDialog *openLinkDialog();

    WindowFixture m_fx;
    QHash<QString, QString> m_ids; // connector name → id
};

// Clicks the check box of an item as a user would: on the indicator the style draws.
static void clickCheckBox(QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    const QRect box =
        view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QVERIFY(box.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
}

static QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &text)
{
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(0) == text)
            return tree->topLevelItem(row);
    }
    return nullptr;
}

static void clickTreeCheckBox(QTreeWidget *tree, QTreeWidgetItem *item)
{
    // QTreeWidget::indexFromItem is protected: the model index of row, column 0.
    clickCheckBox(tree, tree->model()->index(tree->indexOfTopLevelItem(item), 0));
}

void TestAgentLinking::init()
{
    QVERIFY(m_fx.createDataDir());
    for (const auto &[name, text] :
         { std::pair { "dunning.yaml", Dunning }, std::pair { "shipping.yaml", Shipping },
           std::pair { "broken.yaml", Broken } })
        QVERIFY(m_fx.writeAgent(QLatin1String(name), text));
    QVERIFY(m_fx.startEngine());
    QString error;
    for (const QString &name : { u"billing"_s, u"shop"_s }) {
        const auto connector = m_fx.engine().addConnector(name, &error);
        QVERIFY2(connector, qPrintable(error));
        m_ids.insert(name, connector->id);
    }
    QVERIFY(m_fx.showWindow());
}

void TestAgentLinking::cleanup()
{
    m_fx.reset();
    m_ids.clear();
}

void TestAgentLinking::showConnector(const QString &name)
{
    m_fx.window().showPage(Gui::MainWindow::ConnectorsPageIndex);
    m_fx.window().connectorsPage()->selectConnector(m_ids.value(name));
    QTRY_COMPARE(m_fx.find<QLabel>("nameLabel")->text(), name);
}

LinkAgentsDialog *TestAgentLinking::openLinkDialog()
{
    auto *button = m_fx.find<QPushButton>("linkAgentsButton");
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    LinkAgentsDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_fx.window().findChild<LinkAgentsDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

void TestAgentLinking::linkFromTheConnector()
{
    showConnector(u"billing"_s);
    auto *label = m_fx.find<QLabel>("agentsLabel");
    QCOMPARE(label->text(), u"dunning (all connectors)"_s);

    QPointer<LinkAgentsDialog> dialog = openLinkDialog();
    QVERIFY(dialog);
    auto *tree = dialog->findChild<QTreeWidget *>(u"agentTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QTreeWidgetItem *dunning = itemNamed(tree, u"dunning"_s);
    QTreeWidgetItem *shipping = itemNamed(tree, u"shipping"_s);
    QTreeWidgetItem *broken = itemNamed(tree, u"broken"_s);
    QVERIFY(dunning && shipping && broken);
    QCOMPARE(dunning->checkState(0), Qt::Checked);
    QCOMPARE(dunning->text(1), u"all connectors"_s);
    QCOMPARE(shipping->checkState(0), Qt::Unchecked);
    QCOMPARE(shipping->text(2), u"checkout.session.completed"_s);
    QVERIFY(!(broken->flags() & Qt::ItemIsUserCheckable)); // shown, not editable
    QVERIFY(broken->text(1).contains(u"errors"_s));
    QVERIFY(broken->text(2).contains(u"timeout"_s)); // the error itself

    clickTreeCheckBox(tree, shipping);
    QCOMPARE(shipping->checkState(0), Qt::Checked);
    clickTreeCheckBox(tree, dunning);
    QCOMPARE(dunning->checkState(0), Qt::Unchecked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveLinksButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 5000); // saved, closed, deleted

    // Only `connectors:` changed, the comments stayed; the agent for all connectors now lists
    // the other one.
    QCOMPARE(read("shipping.yaml"),
             QByteArray("name: shipping\n"
                        "command: [\"true\"]\n"
                        "events:\n"
                        "  - checkout.session.completed\n"
                        "connectors: [\"shop\", \"billing\"]\n"
                        "# retries for a flaky carrier API\n"
                        "retries: 2\n"));
    QByteArray dunningAfter = Dunning;
    dunningAfter.replace("matters\n", "matters\nconnectors: [\"shop\"]\n");
    QCOMPARE(read("dunning.yaml"), dunningAfter);

    // The catalog reloads the files by itself, and the label follows.
    QTRY_COMPARE_WITH_TIMEOUT(connectorsOf(u"shipping"_s), QStringList({ u"shop"_s, u"billing"_s }),
                              5000);
    QTRY_COMPARE(connectorsOf(u"dunning"_s), QStringList { u"shop"_s });
    QTRY_COMPARE(label->text(), u"shipping"_s);
    showConnector(u"shop"_s);
    QTRY_COMPARE(label->text(), u"dunning, shipping"_s);
}

void TestAgentLinking::refusalStaysInTheDialog()
{
    // shipping runs for shop only: unlinking it would leave an empty list, which means all.
    showConnector(u"shop"_s);
    QPointer<LinkAgentsDialog> dialog = openLinkDialog();
    QVERIFY(dialog);
    auto *tree = dialog->findChild<QTreeWidget *>(u"agentTree"_s);
    QTreeWidgetItem *shipping = itemNamed(tree, u"shipping"_s);
    QCOMPARE(shipping->checkState(0), Qt::Checked);
    clickTreeCheckBox(tree, shipping);
    QTest::keyClick(tree, Qt::Key_Return); // the default button: Save
    auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
    QVERIFY2(error->text().contains(u"shipping"_s) && error->text().contains(u"every connector"_s),
             qPrintable(error->text()));
    // The reason is shared with the command line, whose backticks read as quotes here.
    QVERIFY2(!error->text().contains(u'`'), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(read("shipping.yaml"), Shipping);

    // Cancel leaves everything as it was.
    QTest::keyClick(tree, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(read("shipping.yaml"), Shipping);
    QCOMPARE(read("dunning.yaml"), Dunning);
}

void TestAgentLinking::linkFromTheAgentsPage()
{
    m_fx.window().showPage(Gui::MainWindow::AgentsPageIndex);
    auto *list = m_fx.find<QListWidget>("agentList");
    const auto rows = list->findItems(u"dunning"_s, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(rows.constFirst()).center());
    auto *summary = m_fx.find<QLabel>("agentConnectorsLabel");
    QTRY_COMPARE(summary->text(), u"Runs for: all connectors"_s);

    // "Only these": billing.
    auto *button = m_fx.find<QPushButton>("agentConnectorsButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<Gui::AgentConnectorsDialog> dialog;
    QTRY_VERIFY((dialog = m_fx.window().findChild<Gui::AgentConnectorsDialog *>()));
    QTRY_VERIFY(dialog->isVisible());
    auto *all = dialog->findChild<QRadioButton *>(u"allConnectorsRadio"_s);
    auto *only = dialog->findChild<QRadioButton *>(u"onlyTheseRadio"_s);
    auto *connectors = dialog->findChild<QListWidget *>(u"connectorList"_s);
    QVERIFY(all->isChecked());
    QVERIFY(!connectors->isEnabled());
    QCOMPARE(connectors->count(), 2);
    // On its circle: the button is as wide as the dialog, its label is not.
    QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(8, only->height() / 2));
    QVERIFY(only->isChecked());
    QVERIFY(connectors->isEnabled());
    QListWidgetItem *billing = connectors->findItems(u"billing"_s, Qt::MatchExactly).value(0);
    QVERIFY(billing);
    clickCheckBox(connectors, connectors->model()->index(connectors->row(billing), 0));
    QCOMPARE(billing->checkState(), Qt::Checked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAgentConnectorsButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 5000);

    QByteArray expected = Dunning;
    expected.replace("matters\n", "matters\nconnectors: [\"billing\"]\n");
    QCOMPARE(read("dunning.yaml"), expected);
    // The editor shows the file as written, and so does the catalog, then the connector's label.
    QCOMPARE(m_fx.find<QPlainTextEdit>("agentEditor")->toPlainText().toUtf8(), expected);
    QCOMPARE(summary->text(), u"Runs for: billing"_s);
    QTRY_COMPARE_WITH_TIMEOUT(connectorsOf(u"dunning"_s), QStringList { u"billing"_s }, 5000);
    showConnector(u"shop"_s);
    QTRY_COMPARE(m_fx.find<QLabel>("agentsLabel")->text(), u"shipping"_s);
    showConnector(u"billing"_s);
    QTRY_COMPARE(m_fx.find<QLabel>("agentsLabel")->text(), u"dunning"_s);

    // Back to "All connectors": the key goes, and the file is byte for byte the original.
    m_fx.window().showPage(Gui::MainWindow::AgentsPageIndex);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY((dialog = m_fx.window().findChild<Gui::AgentConnectorsDialog *>()));
    QTRY_VERIFY(dialog->isVisible());
    only = dialog->findChild<QRadioButton *>(u"onlyTheseRadio"_s);
    QVERIFY(only->isChecked());
    // By keyboard this time: the mnemonic, then Return for the default button (Save).
    dialog->activateWindow(); // mnemonics only work in the active window
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
    // A mnemonic animates the click: it lands a moment later.
    QTRY_VERIFY(dialog->findChild<QRadioButton *>(u"allConnectorsRadio"_s)->isChecked());
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 5000);
    QCOMPARE(read("dunning.yaml"), Dunning);
    QTRY_COMPARE_WITH_TIMEOUT(connectorsOf(u"dunning"_s), QStringList(), 5000);
    QTRY_COMPARE(summary->text(), u"Runs for: all connectors"_s);
}

void TestAgentLinking::unsavedEditsBlockTheDialog()
{
    m_fx.window().showPage(Gui::MainWindow::AgentsPageIndex);
    auto *list = m_fx.find<QListWidget>("agentList");
    list->setCurrentItem(list->findItems(u"shipping"_s, Qt::MatchExactly).value(0));
    auto *button = m_fx.find<QPushButton>("agentConnectorsButton");
    QTRY_VERIFY(button->isEnabled());
    auto *editor = m_fx.find<QPlainTextEdit>("agentEditor");
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"# an edit"_s);
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(u"Save"_s));

    // A file with errors cannot be changed from here either.
    list->setCurrentItem(list->item(0)); // broken.yaml sorts first
    QVERIFY(list->currentItem()->text().startsWith(u"broken"_s));
    QTRY_VERIFY(!m_fx.find<QLabel>("agentValidation")->text().isEmpty());
    QVERIFY(!button->isEnabled());
}

QTEST_MAIN(TestAgentLinking)
#include "tst_agentlinking.moc"
