using System.Globalization;
using System.Text.RegularExpressions;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Scaffolding;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Data.Binding;

/// <summary>
/// Binds a <see cref="YamlNode"/> tree to typed records, reporting every mismatch as a diagnostic
/// at the value's own position. A record with any error inside is dropped (null) so later checks
/// never see half-bound rows and do not pile follow-on errors onto the first; what it did bind
/// (its references and id) goes to <see cref="DroppedRows"/>, so its references are still checked.
/// One typo is one error: a required key that an unknown key is a misspelling of is not also called missing.
/// </summary>
public static partial class RecordBinder
{
    public static T? Bind<T>(YamlNode? node, SourceLocation fileStart, DiagnosticBag diagnostics)
        where T : Entry =>
        (T?)Bind(typeof(T), node, fileStart, diagnostics);

    /// <summary>Binds a whole document; an empty document binds to a record with every default.</summary>
    /// <param name="drafts">Whether rows marked <c>draft: true</c> are bound, and where those left out were; without it they are left out.</param>
    public static Entry? Bind(Type type, YamlNode? node, SourceLocation fileStart, DiagnosticBag diagnostics, DroppedRows? dropped = null, DraftRows? drafts = null)
    {
        var empty = new YamlMapping([], fileStart);
        return new Binding(diagnostics, dropped ?? new DroppedRows(), drafts ?? new DraftRows(include: false)).Entry(type, node is YamlScalar { IsNull: true } or null ? empty : node);
    }

    // The diagnostics, dropped rows and drafts of one document, shared by its recursive binding.
    private readonly record struct Binding(DiagnosticBag Diagnostics, DroppedRows Dropped, DraftRows Drafts)
    {
        public Entry? Entry(Type type, YamlNode node) => BindEntry(type, node, this);

        public object? Value(Type type, YamlNode node, out bool ok) => BindValue(type, node, this, out ok);
    }

    private static Entry? BindEntry(Type type, YamlNode node, Binding binding)
    {
        var diagnostics = binding.Diagnostics;
        if (node is not YamlMapping mapping)
        {
            ReportNotAMapping(type, node, diagnostics);
            return null;
        }

        var schema = EntrySchema.For(type);
        var draft = typeof(IDraftRow).IsAssignableFrom(type) && IsMarkedDraft(mapping);
        if (draft && !binding.Drafts.Include)
        {
            binding.Drafts.LeaveOut(mapping);
            return null;
        }

        var entry = (Entry)Activator.CreateInstance(type)!;
        var pending = new HashSet<string>(StringComparer.Ordinal);
        var keyLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var settled = new HashSet<string>(StringComparer.Ordinal);
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        var failed = false;

        foreach (var (key, value) in mapping.Entries.Select(e => (e.Key, e.Value)))
        {
            if (!schema.ByKey.TryGetValue(key.Value, out var field))
            {
                var meant = MeantKeys(key.Value, schema);
                misspelt.UnionWith(meant);
                diagnostics.Add(UnknownKey(key, schema, meant));
                failed = true;
                continue;
            }

            keyLocations[field.Key] = key.Location;
            if (value is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (draft && IsPlaceholderFor(field, value))
            {
                pending.Add(field.Key);
                settled.Add(field.Key);
                if (!BindableTypes.IsRef(field.Property.PropertyType))
                {
                    continue;
                }
            }

            var converted = binding.Value(field.Property.PropertyType, value, out var ok);
            if (ok && !(converted is string text && string.IsNullOrWhiteSpace(text)))
            {
                field.Property.SetValue(entry, converted);
                settled.Add(field.Key);
            }

            if (!ok)
            {
                // Already reported where the value is; do not also call it missing.
                settled.Add(field.Key);
                failed = true;
            }
        }

        foreach (var missing in schema.Fields.Where(f => f.IsRequired && !settled.Contains(f.Key)))
        {
            var present = keyLocations.TryGetValue(missing.Key, out var at);
            if (!present && misspelt.Contains(missing.Key))
            {
                // The unknown key's hint already names it: the same typo is not a second error.
                failed = true;
                continue;
            }

            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingField,
                present ? at : mapping.Location,
                present ? $"required field {missing.Describe()} is empty" : $"required field {missing.Describe()} is missing",
                present ? "give it a value" : $"add `{missing.Key}:` to this entry"));
            failed = true;
        }

        entry.Location = mapping.Location;
        entry.KeyLocations = keyLocations;
        entry.PendingKeys = pending;
        if (failed)
        {
            binding.Dropped.Add(entry);
            return null;
        }

        return entry;
    }

    private static object? BindValue(Type type, YamlNode node, Binding binding, out bool ok)
    {
        var diagnostics = binding.Diagnostics;
        ok = true;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;

        if (typeof(Entry).IsAssignableFrom(underlying))
        {
            var entry = binding.Entry(underlying, node);
            ok = entry is not null;
            return entry;
        }

        if (BindableTypes.IsList(underlying))
        {
            return BindList(underlying.GetGenericArguments()[0], node, binding, out ok);
        }

        if (node is not YamlScalar scalar)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.WrongType,
                node.Location,
                $"expected {Describe(underlying)}, found {node.KindName}",
                underlying == typeof(string) ? "write the text on one line, or use `|` for several lines" : null));
            ok = false;
            return null;
        }

        var converted = ConvertScalar(underlying, scalar, out var problem);
        if (problem is not null)
        {
            diagnostics.Add(problem);
            ok = false;
        }

        return converted;
    }

    private static object? BindList(Type itemType, YamlNode node, Binding binding, out bool ok)
    {
        ok = true;
        if (node is not YamlSequence sequence)
        {
            binding.Diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.WrongType,
                node.Location,
                $"expected a list, found {node.KindName}",
                "start each item on its own line with `- `"));
            ok = false;
            return null;
        }

        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in sequence.Items)
        {
            var value = binding.Value(itemType, item, out var itemOk);
            if (itemOk && value is not null)
            {
                list.Add(value);
            }
            else if (!typeof(Entry).IsAssignableFrom(itemType))
            {
                // A broken row is dropped and reported; a broken scalar item invalidates the list.
                ok = false;
            }
        }

        return list;
    }

    private static object? ConvertScalar(Type type, YamlScalar scalar, out Diagnostic? problem)
    {
        problem = null;
        var text = scalar.Value;
        var at = scalar.Location;

        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(int) && scalar.IsPlain && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (type == typeof(long) && scalar.IsPlain && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
        {
            return big;
        }

        if (type == typeof(double) && scalar.IsPlain && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            return real;
        }

        if (type == typeof(bool) && scalar.IsPlain && text is "true" or "false")
        {
            return text == "true";
        }

        if (type == typeof(DateOnly))
        {
            if (IsoDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problem = Diagnostic.Error(DiagnosticCodes.BadDate, at, $"`{text}` is not a valid date", "write a real date as YYYY-MM-DD, e.g. 2025-05-22");
            return null;
        }

        if (type == typeof(Uri))
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
            {
                return uri;
            }

            problem = Diagnostic.Error(DiagnosticCodes.BadUrl, at, $"`{text}` is not an http or https URL", "write the full address, starting with https://");
            return null;
        }

        if (type.IsEnum)
        {
            if (EnumLabels.TryParse(type, text, out var value))
            {
                return value;
            }

            var labels = EnumLabels.LabelsOf(type);
            problem = Diagnostic.Error(
                DiagnosticCodes.BadEnumValue,
                at,
                $"`{text}` is not one of {string.Join(", ", labels.Select(l => $"`{l}`"))}",
                Suggestions.DidYouMean(text, labels));
            return null;
        }

        if (BindableTypes.IsRef(type))
        {
            return Activator.CreateInstance(type, text, at);
        }

        problem = Diagnostic.Error(DiagnosticCodes.WrongType, at, $"expected {Describe(type)}, found `{text}`", null);
        return null;
    }

    private static bool IsMarkedDraft(YamlMapping mapping) =>
        mapping.Entries.Any(e => e.Key.Value == "draft" && e.Value is YamlScalar { IsPlain: true, Value: "true" });

    // Text fields keep a placeholder as their text, which the preview shows as it is; a typed
    // field cannot hold it, so in a draft it waits for its value instead of failing the row.
    private static bool IsPlaceholderFor(EntryField field, YamlNode value) =>
        value is YamlScalar scalar && field.Property.PropertyType != typeof(string) && Placeholders.IsWhole(scalar.Value);

    // The keys an unknown key may be a misspelling of: a Japanese column heading's key, or the closest keys.
    private static IReadOnlyList<string> MeantKeys(string typed, EntrySchema schema) =>
        schema.Fields.FirstOrDefault(f => f.Label == typed) is { } byLabel
            ? [byLabel.Key]
            : Suggestions.Closest(typed, schema.Fields.Select(f => f.Key));

    private static Diagnostic UnknownKey(YamlScalar key, EntrySchema schema, IReadOnlyList<string> meant)
    {
        if (key.Value.Contains('：', StringComparison.Ordinal))
        {
            return Diagnostic.Error(
                DiagnosticCodes.FullWidthColon,
                key.Location,
                $"the key `{key.Value}` contains a full-width colon (：)",
                "use an ASCII colon followed by a space: `key: value`");
        }

        // Authors may type the template's Japanese column heading; the hint points them at its key.
        var hint = meant.Count == 0 ? null : $"did you mean {string.Join(" or ", meant.Select(k => $"`{k}`"))}?";
        return Diagnostic.Error(
            DiagnosticCodes.UnknownKey,
            key.Location,
            $"unknown key `{key.Value}`",
            hint ?? $"known keys: {string.Join(", ", schema.Fields.Select(f => f.Key))}");
    }

    private static void ReportNotAMapping(Type type, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar scalar && scalar.Value.Contains('：', StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FullWidthColon,
                node.Location,
                $"`{scalar.Value}` uses a full-width colon (：) where a key needs `:`",
                "use an ASCII colon followed by a space: `key: value`"));
            return;
        }

        var keys = string.Join(", ", EntrySchema.For(type).Fields.Select(f => f.Key));
        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.WrongType,
            node.Location,
            $"expected a mapping, found {node.KindName}",
            $"write `key: value` lines; keys here are {keys}"));
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(string) => "text",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateOnly) => "a date (YYYY-MM-DD)",
        _ when type == typeof(Uri) => "a URL",
        _ when type.IsEnum => "one of " + string.Join(", ", EnumLabels.LabelsOf(type)),
        _ when BindableTypes.IsRef(type) => "an id",
        _ => "a mapping",
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
