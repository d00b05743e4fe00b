using System.Globalization;

namespace SlmGuide.Site.Tables;

/// <summary>
/// A CSV cell made safe to open in a spreadsheet. Excel, LibreOffice and Google Sheets run a cell
/// that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or a tab or carriage return before one)
/// as a formula, so a hostile name such as <c>=HYPERLINK(…)</c> would act when a reader opens the
/// download. As OWASP advises, such a cell gets a leading apostrophe, which spreadsheets show as
/// plain text; a cell that is a number (<c>-0.35</c>) is left as it is, so it still sorts as one.
/// </summary>
public static class SpreadsheetCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) && !IsNumber(text) ? "'" + text : text;

    private static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
