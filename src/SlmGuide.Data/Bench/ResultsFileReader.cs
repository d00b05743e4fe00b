using System.Text.Json;
using System.Text.Json.Nodes;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Bench;

/// <summary>
/// The one reader of data/bench/results/*.json, for <c>slmguide bench</c> and the site alike. It
/// reads every part it can and names each part it cannot with its line and column: nothing is
/// dropped without a diagnostic. Fields it does not know are ignored on read and kept on rewrite
/// (<see cref="StoredRecord.Json"/>, <see cref="ResultsDocument.MachineJson"/>,
/// <see cref="ResultsDocument.Unknown"/>), so an older version can merge into a newer version's file.
/// </summary>
public static class ResultsFileReader
{
    /// <summary>The <c>schema</c> this version writes and the highest it reads.</summary>
    public const int SchemaVersion = 1;

    private const string RestoreHint = "results are written by `slmguide bench`; restore the file from git or delete it and re-run the benchmark";

    private const string RecordHint = "fix or remove that part, or restore the file from git; `slmguide bench` leaves the file alone until every part can be read";

    /// <summary>Reads one file; a file that does not exist reads as an empty, complete document.</summary>
    public static ResultsDocument Read(string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? Parse(File.ReadAllBytes(path), displayPath) : ResultsDocument.Empty(displayPath);
    }

    public static ResultsDocument Parse(byte[] content, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(content);
        var utf8 = content.AsSpan().StartsWith("\uFEFF"u8) ? content[3..] : content;
        var positions = new TextPositions(utf8);
        var diagnostics = new List<Diagnostic>();
        void Report(string code, (int Line, int Column) at, string message, string hint) =>
            diagnostics.Add(Diagnostic.Error(code, new SourceLocation(displayPath, at.Line, at.Column), message, hint));

        // JSON's own parser checks the bytes of a string only when the string is read, and then
        // throws; a file that is not UTF-8 is refused here, at its first bad byte, instead.
        if (System.Text.Unicode.Utf8.ToUtf16(utf8, new char[utf8.Length], out var validBytes, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            Report(DiagnosticCodes.BenchResultsUnreadable, positions.AtOffset(validBytes), "the file is not valid UTF-8", RestoreHint);
            return new ResultsDocument(displayPath, null, [], diagnostics);
        }

        try
        {
            using var syntax = JsonDocument.Parse(utf8);
        }
        catch (JsonException exception)
        {
            Report(DiagnosticCodes.BenchResultsUnreadable, At(positions, exception, startOffset: 0), $"not valid JSON: {JsonReasons.Describe(exception)}", RestoreHint);
            return new ResultsDocument(displayPath, null, [], diagnostics);
        }

        // Refused whole: a part read without it would lose the rest on rewrite.
        if (UnreadableJsonText.First(utf8) is { } unreadable)
        {
            Report(DiagnosticCodes.BenchResultsUnreadable, positions.AtOffset(unreadable.Offset), unreadable.Problem, "correct that text by hand, or restore the file from git");
            return new ResultsDocument(displayPath, null, [], diagnostics);
        }

        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Report(DiagnosticCodes.BenchResultsUnreadable, (1, 1), "a results file must hold one JSON object", RestoreHint);
            return new ResultsDocument(displayPath, null, [], diagnostics);
        }

        MachineRecord? machine = null;
        JsonObject? machineJson = null;
        var unknown = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var sawMachine = false;
        var records = new List<StoredRecord>();
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var valueStart = positions.AtOffset(reader.TokenStartIndex);
            switch (name)
            {
                case "schema" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var schema):
                    if (schema > SchemaVersion)
                    {
                        Report(DiagnosticCodes.BenchResultsFromNewerVersion, valueStart, $"the file has schema {schema}; this version of slmguide reads schema {SchemaVersion} and older", "update slmguide, or restore the file from git");
                    }

                    break;
                case "machine":
                    sawMachine = true;
                    machineJson = reader.TokenType == JsonTokenType.StartObject ? JsonNode.Parse(ValueBytes(reader, utf8))!.AsObject() : null;
                    machine = ReadPart<MachineRecord>(ref reader, positions, "the `machine` block", (at, message) => Report(DiagnosticCodes.BenchRecordUnreadable, at, message, RecordHint));
                    break;
                case "records" when reader.TokenType == JsonTokenType.StartArray:
                    var number = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        number++;
                        var start = (int)reader.TokenStartIndex;
                        var at = positions.AtOffset(start);
                        var json = reader.TokenType == JsonTokenType.StartObject ? JsonNode.Parse(ValueBytes(reader, utf8))!.AsObject() : null;
                        var label = IdOf(json) is { } text ? $"record {number} (id `{text}`)" : $"record {number}";
                        var record = ReadPart<BenchRecord>(ref reader, positions, label, (where, message) => Report(DiagnosticCodes.BenchRecordUnreadable, where, message, RecordHint));
                        if (record is null || json is null)
                        {
                            continue;
                        }

                        if (seenIds.TryGetValue(record.Id, out var first))
                        {
                            Report(DiagnosticCodes.BenchRecordUnreadable, at, $"{label} repeats the id of record {first}", "keep one record per id; restore the file from git");
                            continue;
                        }

                        seenIds[record.Id] = number;
                        records.Add(new StoredRecord(record, json));
                    }

                    break;
                case "schema" or "records":
                    Report(DiagnosticCodes.BenchResultsUnreadable, valueStart, name == "schema" ? "`schema` must be a whole number" : "`records` must be a list", RestoreHint);
                    reader.Skip();
                    break;
                default:
                    unknown[name!] = JsonNode.Parse(ValueBytes(reader, utf8));
                    reader.Skip();
                    break;
            }
        }

        if (!sawMachine)
        {
            Report(DiagnosticCodes.BenchResultsUnreadable, (1, 1), "the file has no `machine` block", RestoreHint);
        }

        return new ResultsDocument(displayPath, machine, records, diagnostics) { MachineJson = machineJson, Unknown = unknown };
    }

    /// <summary>
    /// Deserializes the value under the reader from a copy of it, so a failure leaves the reader
    /// where it was and the value can be skipped whole; the reader ends on the value's last token.
    /// </summary>
    private static T? ReadPart<T>(ref Utf8JsonReader reader, TextPositions positions, string label, Action<(int Line, int Column), string> report)
        where T : class
    {
        var start = positions.AtOffset(reader.TokenStartIndex);
        var attempt = reader;
        T? value = null;
        try
        {
            value = JsonSerializer.Deserialize<T>(ref attempt, ResultsJson.Options);
            if (value is null)
            {
                report(start, $"{label} is null");
            }
        }
        catch (JsonException exception)
        {
            report(At(positions, exception, reader.TokenStartIndex), $"{label} cannot be read: {JsonReasons.Describe(exception)}");
        }

        reader.Skip();
        return value;
    }

    private static string? IdOf(JsonObject? record) =>
        record?["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;

    private static ReadOnlySpan<byte> ValueBytes(Utf8JsonReader reader, byte[] utf8)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return utf8.AsSpan(start, (int)reader.BytesConsumed - start);
    }

    // The serializer counts lines from where its reader started; without a position, the start is the place.
    private static (int Line, int Column) At(TextPositions positions, JsonException exception, long startOffset) =>
        exception.LineNumber is { } line
            ? positions.After(startOffset, line, exception.BytePositionInLine ?? 0)
            : positions.AtOffset(startOffset);
}
