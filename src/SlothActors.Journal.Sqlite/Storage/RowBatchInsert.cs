using System.Text;

namespace SlothActors.Journal.Sqlite.Storage;

/// <summary>
/// Inserts many rows with multi-row <c>INSERT ... VALUES (...), (...)</c> statements: one
/// statement run per <see cref="Sizes"/>[0] rows instead of one per row, which saves the
/// statement start-up and the native calls to step and reset for every row. Each statement size
/// is compiled once and reused; a batch is cut greedily into the sizes, largest first.
/// </summary>
/// <typeparam name="T">What one row is made from.</typeparam>
internal sealed class RowBatchInsert<T>
{
    /// <summary>Rows per statement; 32 rows of up to 31 columns stay under SQLite's oldest bound of 999 parameters.</summary>
    private static readonly int[] Sizes = [32, 8, 1];

    private readonly string[] _sql;
    private readonly int _columns;
    private readonly Action<RawStatement, int, T> _bind;

    /// <param name="head">The statement up to <c>VALUES</c>, e.g. <c>INSERT INTO t (a, b)</c>.</param>
    /// <param name="row">One row's value list, with <c>?</c> for each bound value, e.g. <c>(?, ?, NULL)</c>.</param>
    /// <param name="tail">What follows the rows (an <c>ON CONFLICT</c> clause), or empty.</param>
    /// <param name="bind">Binds one row; its second argument is the 1-based index of the row's first parameter.</param>
    public RowBatchInsert(string head, string row, string tail, Action<RawStatement, int, T> bind)
    {
        _columns = row.Count(c => c == '?');
        if (_columns * Sizes[0] > 999)
        {
            throw new ArgumentException($"{_columns} parameters per row is too many for {Sizes[0]} rows per statement.", nameof(row));
        }

        _bind = bind;
        _sql = [.. Sizes.Select(size => Build(head, row, tail, size))];
    }

    /// <returns>How many rows the statements changed (an <c>ON CONFLICT DO NOTHING</c> row counts 0).</returns>
    public int Insert(WriteTransaction tx, IReadOnlyList<T> rows)
    {
        var changed = 0;
        var next = 0;
        for (var s = 0; s < Sizes.Length; s++)
        {
            var size = Sizes[s];
            while (rows.Count - next >= size)
            {
                var statement = tx.Statement(_sql[s]);
                for (var r = 0; r < size; r++)
                {
                    _bind(statement, (r * _columns) + 1, rows[next + r]);
                }

                changed += statement.Execute();
                next += size;
            }
        }

        return changed;
    }

    private static string Build(string head, string row, string tail, int rows)
    {
        var sql = new StringBuilder(head).Append(" VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? string.Empty : ", ").Append(row);
        }

        return sql.Append(' ').Append(tail).ToString();
    }
}
