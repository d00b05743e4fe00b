using System.Globalization;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Survey;

namespace SlmGuide.Site.Tables;

/// <summary>How a field's value shows in a cell when its column does not say otherwise.</summary>
internal static class FieldCells
{
    /// <summary>Whether a value of this type has a default cell; checked when a table is declared, not when it is built.</summary>
    public static bool CanShow(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string)
            || underlying.IsEnum
            || underlying == typeof(DateOnly)
            || underlying == typeof(Ref<Source>)
            || typeof(IReadOnlyList<string>).IsAssignableFrom(underlying);
    }

    public static Cell Of(object? value, SurveyData data) => value switch
    {
        null => Cell.Of(null),
        string text => Cell.Of(text),
        Enum label => Cell.Of(EnumLabels.LabelOf(label)) with { FacetOrder = Array.IndexOf(Enum.GetValues(label.GetType()), label) },
        DateOnly date => Cell.Of(Date(date)),
        Ref<Source> source => SourceLink(source, data),
        IReadOnlyList<string> items => Cell.Of(string.Join("、", items)),
        _ => throw new NotSupportedException($"a {value.GetType().Name} field needs its own cell"),
    };

    /// <summary>A row's source as a link to the page it was checked against, named by its publisher.</summary>
    public static Cell SourceLink(Ref<Source> reference, SurveyData data) =>
        data.SourcesById.TryGetValue(reference.Id, out var source)
            ? Cell.Address(source.Publisher ?? source.Title, source.Url)
            : Cell.Of(reference.Id);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
