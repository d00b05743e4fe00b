using SlmGuide.Data.Binding;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Yaml;

/// <summary>Reads a YAML file and binds it to a typed record in one step: the entry point for every data file.</summary>
public static class YamlFileBinder
{
    public static T? Bind<T>(string path, string displayPath, DiagnosticBag diagnostics)
        where T : Entry =>
        (T?)Bind(typeof(T), path, displayPath, diagnostics);

    /// <param name="dropped">Collects what rows dropped for an error still hold (their references and ids).</param>
    /// <param name="drafts">Whether draft rows are bound, and collects those left out.</param>
    public static Entry? Bind(Type type, string path, string displayPath, DiagnosticBag diagnostics, DroppedRows? dropped = null, DraftRows? drafts = null)
    {
        var syntax = new DiagnosticBag();
        var node = YamlTreeReader.ReadFile(path, displayPath, syntax);
        diagnostics.AddRange(syntax.Sorted);
        return syntax.HasErrors ? null : RecordBinder.Bind(type, node, SourceLocation.StartOf(displayPath), diagnostics, dropped, drafts);
    }
}
