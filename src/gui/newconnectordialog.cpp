#include "gui/newconnectordialog.h"

#include "gui/displaytext.h"
#include "storage/connectorrepository.h"
#include "ui_newconnectordialog.h"

#include <QPushButton>

namespace Hookyard::Gui {

NewConnectorDialog::NewConnectorDialog(Create create, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewConnectorDialog>()), m_create(std::move(create))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("createConnectorButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->errorLabel->setVisible(false);
    {
        // An error reads as one: a red that stays legible on light and dark palettes.
        QPalette palette = m_ui->errorLabel->palette();
        palette.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
        m_ui->errorLabel->setPalette(palette);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewConnectorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewConnectorDialog::reject);
    // The name is checked as it is typed (with a name that would do), not only on Create;
    // whether it is taken is known on Create.
    connect(m_ui->connectorNameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString name = text.trimmed();
        const QString problem =
            name.isEmpty() ? QString() : Storage::ConnectorRepository::nameProblem(name);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!name.isEmpty() && problem.isEmpty());
        m_ui->errorLabel->setText(DisplayText::message(problem));
        m_ui->errorLabel->setVisible(!problem.isEmpty());
    });
}

NewConnectorDialog::~NewConnectorDialog() = default;

void NewConnectorDialog::accept()
{
    QString error;
    m_created = m_create(m_ui->connectorNameEdit->text().trimmed(), &error);
    if (!m_created) {
        m_ui->errorLabel->setText(DisplayText::message(error));
        m_ui->errorLabel->setVisible(true);
        m_ui->connectorNameEdit->setFocus();
        m_ui->connectorNameEdit->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace Hookyard::Gui

// Compiled here, not in mocs_compilation.cpp, so that a test linking one class of this
// static library does not pull in every other (and the engine with them).
#include "moc_newconnectordialog.cpp"
