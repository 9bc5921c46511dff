#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Hookyard::Engine {
class Engine;
}

namespace Hookyard::Gui {

// Settings: one field per key of Core::settingSpecs(), grouped by section, read from and written
// to Storage::SettingsRepository, then applied with Engine::reloadSettings(). Built from the
// schema rather than a fixed form so that a key added to the schema appears here with the right
// editor and limits; the labels are this page's (translated). Secrets never appear here: the
// page only says where they are kept.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    explicit SettingsPage(Engine::Engine &engine, QWidget *parent = nullptr);

    // Reads every value again (after another process or the CLI changed them).
    void load();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply();
    // The end of apply(), once a move of the signing secrets (if any) has finished.
    void finishApply(int failed, const QString &note);
    void markChanged();
    QString valueOf(const QString &key) const;
    static QString labelOf(const QString &key);
    static QString choiceText(const QString &key, const QString &choice);
    QString noteOf(const QString &key) const;

    Engine::Engine &m_engine;
    QHash<QString, QWidget *> m_editors; // key -> editor
    QHash<QString, QLabel *> m_errors; // key -> inline error
    QHash<QString, QString> m_loaded; // key -> value as loaded
    QLabel *m_secretStore;
    QLabel *m_dataDir;
    // "Start when I log in": a file of the desktop's (Gui::Autostart), not a setting of the
    // data folder, but applied and reverted with the rest of the page.
    QCheckBox *m_autostart;
    QLabel *m_autostartError;
    bool m_autostartLoaded = false;
    QPushButton *m_apply;
    QPushButton *m_revert;
    bool m_loading = false;
    bool m_applying = false; // apply() is writing: the reload it causes must not reset the page
};

} // namespace Hookyard::Gui
