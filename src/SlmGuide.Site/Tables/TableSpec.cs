using System.Globalization;
using System.Linq.Expressions;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Survey;

namespace SlmGuide.Site.Tables;

/// <summary>A survey table's definition: where its rows come from and how each column shows a row.</summary>
public interface ITableSpec
{
    string Id { get; }

    string Title { get; }

    TableModel Build(SurveyData data, Freshness freshness);
}

/// <summary>
/// Declarative columns over typed rows. A column names a field of the row, and its key and label
/// come from the record. Cells a row marks unconfirmed show 未確認 instead of a value, and each
/// row's source becomes a numbered note under the table; a field with a source of its own points
/// at that source's note from its cell.
/// </summary>
internal sealed class TableSpec<TRow>(string id, string title, Func<SurveyData, IEnumerable<TRow>> rows) : ITableSpec
    where TRow : Entry
{
    private readonly List<(TableColumn Column, Func<TRow, SurveyData, Cell> Cell)> _columns = [];

    public string Id { get; } = id;

    public string Title { get; } = title;

    public bool IsList { get; init; }

    /// <summary>For a table whose row order is its meaning (a comparison matrix): no sort buttons or filters however long it grows.</summary>
    public bool KeepsOrder { get; init; }

    /// <summary>For tables about models: the model a row is about, written as the first column of the downloads.</summary>
    public Func<TRow, string?>? ModelId { get; init; }

    /// <summary>Where a row's facts were checked; factual rows say so themselves.</summary>
    public Func<TRow, (Ref<Source>? Source, DateOnly? Checked)> Provenance { get; init; } =
        row => row is FactRow fact ? (fact.IsPending("source") ? null : fact.Source, fact.IsPending("checked") ? null : fact.Checked) : (null, null);

    /// <summary>
    /// A column showing one field of the row: <c>Field(r => r.Cpu)</c>. The cell shows the value as
    /// its type does by default (text, label, date, source link) unless the column draws its own.
    /// </summary>
    /// <param name="label">Only where this table's heading differs from the record's label.</param>
    /// <param name="range">A numeric column readers narrow by a from/to range (sizes).</param>
    public TableSpec<TRow> Field<TValue>(Expression<Func<TRow, TValue>> field, bool facet = false, string? label = null, Func<TRow, Cell>? cell = null, bool numeric = false, bool range = false) =>
        Add(FieldName.Of(field, label), facet, numeric, cell is null ? DefaultCell(field) : (row, _) => cell(row), range);

    /// <summary>A field of the entry a row points at, such as the developer of an evaluated model; empty when that entry is missing.</summary>
    public TableSpec<TRow> FieldOf<TTarget, TValue>(Func<TRow, TTarget?> target, Expression<Func<TTarget, TValue>> field, bool facet = false, string? label = null, Func<TTarget, Cell>? cell = null, bool numeric = false)
        where TTarget : Entry
    {
        var show = cell is null ? DefaultCell(field) : (found, _) => cell(found);
        return Add(FieldName.Of(field, label), facet, numeric, (row, data) => target(row) is { } found ? show(found, data) : Cell.Of(null));
    }

    // Checked as the table is declared, so a field nobody taught the table to show fails at once.
    private static Func<TEntry, SurveyData, Cell> DefaultCell<TEntry, TValue>(Expression<Func<TEntry, TValue>> field)
    {
        if (!FieldCells.CanShow(typeof(TValue)))
        {
            throw new ArgumentException($"a {typeof(TValue).Name} field has no default cell; give `{field}` its own", nameof(field));
        }

        var value = field.Compile();
        return (row, data) => FieldCells.Of(value(row), data);
    }

    private TableSpec<TRow> Add((string Key, string Label) name, bool facet, bool numeric, Func<TRow, SurveyData, Cell> cell, bool range = false)
    {
        _columns.Add((new TableColumn(name.Label, name.Key, numeric, facet) { IsRange = range && numeric }, cell));
        return this;
    }

    public TableModel Build(SurveyData data, Freshness freshness)
    {
        var notes = new List<SourceNote>();
        var noteBySource = new Dictionary<string, SourceNote>(StringComparer.Ordinal);
        var built = new List<TableRow>();
        DateOnly? lastChecked = null;

        foreach (var row in rows(data))
        {
            var (source, checkedOn) = Provenance(row);
            if (checkedOn is { } date && (lastChecked is null || date > lastChecked))
            {
                lastChecked = date;
            }

            var note = source is { } reference && data.SourcesById.TryGetValue(reference.Id, out var found)
                ? NoteFor(found, checkedOn, notes, noteBySource)
                : null;
            var fact = row as FactRow;
            var fieldNotes = FieldNotes(fact, data, notes, noteBySource);
            var cells = _columns
                .Select(c => fact?.Unconfirmed.Contains(c.Column.Key) == true
                    ? Cell.Unconfirmed
                    : fact?.IsPending(c.Column.Key) == true
                    ? Cell.Pending
                    : WithNote(c.Cell(row, data), fieldNotes.GetValueOrDefault(c.Column.Key)))
                .ToList();
            built.Add(new TableRow(cells, note?.Number, note?.Anchor)
            {
                Checked = checkedOn,
                SourceUrl = source is { } cited && data.SourcesById.TryGetValue(cited.Id, out var origin) ? origin.Url : null,
                IsStale = fact?.IsPending("checked") != true && freshness.IsStale(checkedOn),
                ModelId = ModelId?.Invoke(row),
                IsDraft = fact?.Draft == true,
            });
        }

        return new TableModel(
            Id,
            Title,
            IsList,
            [.. _columns.Select(c => c.Column)],
            built,
            notes,
            lastChecked?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            KeepsOrder = KeepsOrder,
        };
    }

    // A field read on another page than the row's source points at that page from its own cell.
    private Dictionary<string, SourceNote> FieldNotes(FactRow? row, SurveyData data, List<SourceNote> notes, Dictionary<string, SourceNote> bySource)
    {
        var byField = new Dictionary<string, SourceNote>(StringComparer.Ordinal);
        foreach (var fieldSource in row?.FieldSources ?? [])
        {
            if (!data.SourcesById.TryGetValue(fieldSource.Source.Id, out var source))
            {
                continue;
            }

            var note = NoteFor(source, fieldSource.Checked, notes, bySource);
            foreach (var field in fieldSource.Fields)
            {
                byField[field] = note;
            }
        }

        return byField;
    }

    private static Cell WithNote(Cell cell, SourceNote? note) => note is null
        ? cell
        : cell with { Html = cell.Html + $"<sup class=\"note-ref\"><a href=\"#{note.Anchor}\">[{note.Number}]</a></sup>" };

    private SourceNote NoteFor(Source source, DateOnly? checkedOn, List<SourceNote> notes, Dictionary<string, SourceNote> bySource)
    {
        if (bySource.TryGetValue(source.Id, out var existing))
        {
            return existing;
        }

        var number = notes.Count + 1;
        var note = new SourceNote(
            number,
            $"{Id}-src-{number}",
            Html.Escape(source.Title),
            Html.Escape(source.Url.AbsoluteUri),
            Html.Escape(source.Publisher),
            (checkedOn ?? source.Checked).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        notes.Add(note);
        bySource[source.Id] = note;
        return note;
    }
}
