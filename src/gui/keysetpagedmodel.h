#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <algorithm>
#include <deque>

namespace Hookyard::Gui {

// A table listed newest first from the database, paged by id (keyset paging, never OFFSET): the
// first page on reload(), older pages as the view scrolls (canFetchMore/fetchMore), and rows newer
// than the newest shown prepended by refreshNew() with beginInsertRows, which keeps the selection
// (persistent indexes) where it was. Subclasses say how to read a page and what a record's id is;
// ids must be unique and the pages ordered by id, descending.
//
// A template rather than a QObject base because the rows are the subclass's own type; it has no
// signals or slots of its own, so it needs no Q_OBJECT (the subclasses have theirs).
template<typename Record>
class KeysetPagedModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 200;
    // A refresh that finds more than this many new rows resets the model instead of inserting:
    // cheaper than one huge insert, and the user was not looking at those rows anyway.
    static constexpr int MaxLiveInsert = 5000;

    // Shows the newest page again (a reset).
    void reload();
    // Reads rows newer than the newest one shown and prepends them. Cheap when nothing is new.
    // Returns how many rows were added.
    int refreshNew();
    // The row showing the record with this id, or -1.
    int rowForId(qint64 id) const;
    // Shows a record that now belongs in the list (a run that entered the filtered state) at its
    // place by id, if that place is among the rows read so far; older ones come with their page.
    // Returns whether it was inserted (false also when it is shown already).
    bool insertRecord(const Record &record);
    // Drops a row whose record no longer belongs in the list.
    void removeRecordAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    explicit KeysetPagedModel(QObject *parent) : QAbstractTableModel(parent) { }

    // At most PageSize records, newest first, with beforeId > id > afterId; 0 = unbounded.
    virtual QList<Record> readPage(qint64 beforeId, qint64 afterId) const = 0;
    virtual qint64 idOf(const Record &record) const = 0;

    const Record &recordAt(int row) const { return m_rows[size_t(row)]; }
    // Older records than the last one read may exist now (the filter grew): fetchMore() asks.
    void expectMore() { m_atEnd = false; }
    // For refreshing a row in place; the subclass emits dataChanged.
    Record &recordAt(int row) { return m_rows[size_t(row)]; }

private:
    // A deque, not a list: live rows are prepended up to 1,000 a second for as long as the window
    // is open, and a contiguous array either copies every row on each prepend or, growing at the
    // front, now and then moves the whole history to a larger block. Either stalls the GUI thread
    // for a time that grows with the rows shown (bench-gui.sh, copying on each prepend: 15 ms
    // stalls after 45 s, 30 ms after 90 s); a deque's insert at either end touches only the new
    // rows.
    std::deque<Record> m_rows;
    bool m_atEnd = true;
    // True while the model emits a change: views and QAbstractItemModelTester call fetchMore()
    // from their slots, and a nested insert inside a reset or insert would corrupt them.
    bool m_changing = false;
};

template<typename Record>
void KeysetPagedModel<Record>::reload()
{
    const QScopedValueRollback guard(m_changing, true);
    beginResetModel();
    const QList<Record> page = readPage(0, 0);
    m_rows.assign(page.cbegin(), page.cend());
    m_atEnd = page.size() < PageSize;
    endResetModel();
}

template<typename Record>
bool KeysetPagedModel<Record>::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

template<typename Record>
void KeysetPagedModel<Record>::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_rows.empty() ? 0 : idOf(m_rows.back());
    const QList<Record> page = readPage(before, 0);
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    const QScopedValueRollback guard(m_changing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.insert(m_rows.end(), page.cbegin(), page.cend());
    endInsertRows();
}

template<typename Record>
int KeysetPagedModel<Record>::refreshNew()
{
    const qint64 newest = m_rows.empty() ? 0 : idOf(m_rows.front());
    if (newest == 0 && !m_atEnd)
        return 0; // never loaded: the first page will show them
    // Walk down from the newest row in the database to the newest row shown, so that a burst
    // larger than one page leaves no gap.
    QList<Record> fresh;
    qint64 before = 0;
    for (;;) {
        const QList<Record> page = readPage(before, newest);
        fresh.append(page);
        if (page.size() < PageSize)
            break;
        before = idOf(page.constLast());
        if (fresh.size() >= MaxLiveInsert) {
            reload();
            return int(fresh.size());
        }
    }
    if (fresh.isEmpty())
        return 0;
    const QScopedValueRollback guard(m_changing, true);
    beginInsertRows({}, 0, int(fresh.size() - 1));
    m_rows.insert(m_rows.begin(), fresh.cbegin(), fresh.cend());
    endInsertRows();
    return int(fresh.size());
}

template<typename Record>
int KeysetPagedModel<Record>::rowForId(qint64 id) const
{
    // Rows are ordered by id, descending.
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), id,
        [this](const Record &record, qint64 value) { return idOf(record) > value; });
    if (it == m_rows.cend() || idOf(*it) != id)
        return -1;
    return int(it - m_rows.cbegin());
}

template<typename Record>
bool KeysetPagedModel<Record>::insertRecord(const Record &record)
{
    const qint64 id = idOf(record);
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                         [this](const Record &shown, qint64 value) { return idOf(shown) > value; });
    if (it != m_rows.cend() && idOf(*it) == id)
        return false;
    if (it == m_rows.cend() && !m_atEnd)
        return false; // older than every row read: fetchMore() will bring it
    const int row = int(it - m_rows.cbegin());
    const QScopedValueRollback guard(m_changing, true);
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, record);
    endInsertRows();
    return true;
}

template<typename Record>
void KeysetPagedModel<Record>::removeRecordAt(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    const QScopedValueRollback guard(m_changing, true);
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

template<typename Record>
int KeysetPagedModel<Record>::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

} // namespace Hookyard::Gui
