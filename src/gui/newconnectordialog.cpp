#include "gui/newconnectordialog.h"

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
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewConnectorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewConnectorDialog::reject);
    connect(m_ui->connectorNameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        m_ui->errorLabel->setVisible(false);
    });
}

NewConnectorDialog::~NewConnectorDialog() = default;

void NewConnectorDialog::accept()
{
    QString error;
    m_created = m_create(m_ui->connectorNameEdit->text().trimmed(), &error);
    if (!m_created) {
        m_ui->errorLabel->setText(error);
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
