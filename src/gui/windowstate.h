#pragma once

#include <QByteArray>
#include <QHash>
#include <QRect>
#include <QSize>

class QSettings;

namespace Hookyard::Gui {

// How the desktop window was left: its geometry (position, size, maximised), the page it showed,
// where the user put the pages' splitters and how wide they made the tables' columns. Kept between
// runs in a QSettings file of its own (the desktop app's: ~/.config/hookyard/window.conf on Linux).
// Nothing of the data folder goes into it, no name, no URL, no secret: only what Qt's
// saveGeometry()/saveState() write. A file written by another version, or damaged, is ignored; the
// window then starts as on a first run.
struct WindowState
{
    QByteArray geometry; // QWidget::saveGeometry()
    int page = -1; // MainWindow::Page; -1: none saved
    QHash<QString, QByteArray> splitters; // QSplitter::saveState() by the splitter's objectName
    // The tables' column widths: QHeaderView::saveState() by the table's objectName and
    // number of columns ("eventTable@8").
    QHash<QString, QByteArray> tableHeaders;

    bool isEmpty() const
    {
        return geometry.isEmpty() && page < 0 && splitters.isEmpty() && tableHeaders.isEmpty();
    }

    static WindowState read(const QSettings &store);
    // False with the reason in *error when the file could not be written (a read-only or full
    // home folder): the window's layout is then forgotten, nothing else is lost.
    bool write(QSettings &store, QString *error) const;

    // The size of a window with no saved geometry: `preferred`, but never more than nine tenths
    // of the screen's available area (a 1366×768 laptop would otherwise lose the status bar
    // below its edge).
    static QSize firstSize(const QSize &preferred, const QRect &available);
};

} // namespace Hookyard::Gui
