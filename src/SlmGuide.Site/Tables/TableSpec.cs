using System.Globalization;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Survey;

namespace SlmGuide.Site.Tables;

/// <summary>A survey table's definition: where its rows come from and how each column shows a row.</summary>
public interface ITableSpec
{
    string Id { get; }

    string Title { get; }

    TableModel Build(SurveyData data);
}

/// <summary>
/// Declarative columns over typed rows. Cells a row marks unconfirmed show 未確認 instead of a
/// value, and each row's source becomes a numbered note under the table.
/// </summary>
internal sealed class TableSpec<TRow>(string id, string title, Func<SurveyData, IEnumerable<TRow>> rows) : ITableSpec
    where TRow : Entry
{
    private readonly List<(TableColumn Column, Func<TRow, Cell> Cell)> _columns = [];

    public string Id { get; } = id;

    public string Title { get; } = title;

    public bool IsList { get; init; }

    /// <summary>Where a row's facts were checked; factual rows say so themselves.</summary>
    public Func<TRow, (Ref<Source>? Source, DateOnly? Checked)> Provenance { get; init; } =
        row => row is FactRow fact ? (fact.Source, fact.Checked) : (null, null);

    public TableSpec<TRow> Column(string label, string key, Func<TRow, Cell> cell, bool numeric = false)
    {
        _columns.Add((new TableColumn(label, key, numeric), cell));
        return this;
    }

    public TableSpec<TRow> Text(string label, string key, Func<TRow, string?> value) =>
        Column(label, key, row => Cell.Of(value(row)));

    public TableModel Build(SurveyData data)
    {
        var notes = new List<SourceNote>();
        var noteBySource = new Dictionary<string, SourceNote>(StringComparer.Ordinal);
        var built = new List<TableRow>();
        DateOnly? lastChecked = null;

        foreach (var row in rows(data))
        {
            var unconfirmed = row is FactRow fact ? fact.Unconfirmed : [];
            var cells = _columns
                .Select(c => unconfirmed.Contains(c.Column.Key) ? Cell.Unconfirmed : c.Cell(row))
                .ToList();
            var (source, checkedOn) = Provenance(row);
            if (checkedOn is { } date && (lastChecked is null || date > lastChecked))
            {
                lastChecked = date;
            }

            var note = source is { } reference && data.SourcesById.TryGetValue(reference.Id, out var found)
                ? NoteFor(found, checkedOn, notes, noteBySource)
                : null;
            built.Add(new TableRow(cells, note?.Number, note?.Anchor));
        }

        return new TableModel(
            Id,
            Title,
            IsList,
            [.. _columns.Select(c => c.Column)],
            built,
            notes,
            lastChecked?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

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
