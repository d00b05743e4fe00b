using SlmGuide.Data.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SlmGuide.Data.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree, turning every parser complaint into
/// a diagnostic. Aliases are refused on sight, which is what keeps a "billion laughs" file cheap:
/// nothing is ever expanded. Nesting depth is bounded so hostile input cannot exhaust the stack.
/// </summary>
public static class YamlTreeReader
{
    private const int MaxDepth = 64;

    /// <summary>Survey files are a few hundred kilobytes; anything far larger is a mistake, not data.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Reads a file's bytes (strict UTF-8, BOM allowed); diagnostics name it by <paramref name="displayPath"/>.</summary>
    public static YamlNode? ReadFile(string path, string displayPath, DiagnosticBag diagnostics)
    {
        if (new FileInfo(path).Length > MaxFileBytes)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FileTooLarge,
                SourceLocation.StartOf(displayPath),
                $"the file is larger than {MaxFileBytes / (1024 * 1024)} MiB",
                "split it, or check that it is the file you meant to put here"));
            return null;
        }

        var text = StrictUtf8.Decode(displayPath, File.ReadAllBytes(path), diagnostics);
        return text is null ? null : ReadText(displayPath, text, diagnostics);
    }

    /// <summary>Reads YAML text; <paramref name="firstLine"/> shifts positions for embedded YAML such as front matter.</summary>
    public static YamlNode? ReadText(string path, string text, DiagnosticBag diagnostics, int firstLine = 1)
    {
        if (!ControlCharacters.CheckText(path, text, diagnostics, firstLine))
        {
            return null;
        }

        var reader = new TreeBuilder(path, text, firstLine, diagnostics);
        return reader.Build();
    }

    private sealed class TreeBuilder(string path, string text, int firstLine, DiagnosticBag diagnostics)
    {
        private readonly Parser _parser = new(new StringReader(text));

        public YamlNode? Build()
        {
            try
            {
                Expect<StreamStart>();
                if (_parser.Accept<StreamEnd>(out _))
                {
                    return null;
                }

                Expect<DocumentStart>();
                var root = ReadNode(depth: 0);
                Expect<DocumentEnd>();
                if (!_parser.Accept<StreamEnd>(out _) && root is not null)
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.MultipleDocuments,
                        At(_parser.Current!.Start),
                        "a second YAML document starts here",
                        "remove the `---` line; one file holds one document"));
                    return null;
                }

                return root;
            }
            catch (YamlException exception)
            {
                ReportSyntaxError(exception);
                return null;
            }
            catch (RejectedInputException)
            {
                return null;
            }
            catch (ArgumentException exception)
            {
                // YamlDotNet refuses some text by throwing what it was handed: a tag that is not a
                // URI (`!!6[`), an escape that is no character (`"\UD8000000"`). Everything in this
                // try is the parser's work, so the place is the end of the last node it read.
                var after = _parser.Current?.End ?? Mark.Empty;
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.YamlSyntax,
                    new SourceLocation(path, Math.Max((int)after.Line, 1) + firstLine - 1, Math.Max((int)after.Column, 1)),
                    $"YAML syntax error after this point: {exception.Message.Split(" (Parameter", 2)[0]}",
                    "data files need no YAML tags (`!…`); check the escapes of quoted values (`\\x`, `\\u`, `\\U` need a real character)"));
                return null;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner gives up this way when the text ends inside `[…]` or `{…}`.
                var lines = text.Split('\n');
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.YamlSyntax,
                    new SourceLocation(path, lines.Length + firstLine - 1, lines[^1].Length + 1),
                    "the YAML ends inside an unclosed `[` or `{`",
                    "close the bracket, or put the value in quotes if the bracket is part of the text"));
                return null;
            }
        }

        private YamlNode? ReadNode(int depth)
        {
            var current = _parser.Current ?? throw new RejectedInputException();
            if (current is NodeEvent { Anchor.IsEmpty: false } || current is AnchorAlias)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.AliasNotAllowed,
                    At(current.Start),
                    "YAML anchors and aliases (`&name`, `*name`) are not allowed in data files",
                    "write the value out in full"));
                throw new RejectedInputException();
            }

            if (depth > MaxDepth)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.YamlSyntax,
                    At(current.Start),
                    $"the YAML is nested more than {MaxDepth} levels deep",
                    "flatten the structure"));
                throw new RejectedInputException();
            }

            switch (current)
            {
                case Scalar scalar:
                    _parser.MoveNext();

                    // An escape such as "\x01" or "\uFFFE" in a quoted value makes one the raw text does not show.
                    if (ControlCharacters.IndexOfFirst(scalar.Value) is var index and >= 0)
                    {
                        diagnostics.Add(ControlCharacters.Error(At(scalar.Start), scalar.Value[index]));
                    }

                    return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, At(scalar.Start));
                case SequenceStart start:
                    _parser.MoveNext();
                    return ReadSequence(start, depth);
                case MappingStart start:
                    _parser.MoveNext();
                    return ReadMapping(start, depth);
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        private YamlSequence ReadSequence(SequenceStart start, int depth)
        {
            var items = new List<YamlNode>();
            while (!_parser.Accept<SequenceEnd>(out _))
            {
                var item = ReadNode(depth + 1);
                if (item is not null)
                {
                    items.Add(item);
                }
            }

            _parser.MoveNext();
            return new YamlSequence(items, At(start.Start));
        }

        private YamlMapping ReadMapping(MappingStart start, int depth)
        {
            var entries = new List<YamlEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!_parser.Accept<MappingEnd>(out _))
            {
                var keyNode = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (keyNode is not YamlScalar key)
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.WrongType,
                        keyNode?.Location ?? At(start.Start),
                        "a mapping key must be plain text",
                        null));
                    continue;
                }

                if (!seen.Add(key.Value))
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.DuplicateKey,
                        key.Location,
                        $"the key `{key.Value}` appears twice in this mapping",
                        "keep one of them"));
                    continue;
                }

                if (value is not null)
                {
                    entries.Add(new YamlEntry(key, value));
                }
            }

            _parser.MoveNext();
            return new YamlMapping(entries, At(start.Start));
        }

        private void Expect<T>()
            where T : ParsingEvent
        {
            if (_parser.Current is null)
            {
                _parser.MoveNext();
            }

            if (_parser.Current is not T)
            {
                throw new YamlException(_parser.Current!.Start, _parser.Current.End, $"expected {typeof(T).Name}");
            }

            _parser.MoveNext();
        }

        private void ReportSyntaxError(YamlException exception)
        {
            var location = At(exception.Start);
            var lineText = LineAt(exception.Start.Line) + LineAt(exception.Start.Line - 1);
            if (lineText.Contains('：', StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.FullWidthColon,
                    location,
                    "a full-width colon (：) stands where YAML expects `:`",
                    "write the key as `key: value` with an ASCII colon followed by a space"));
                return;
            }

            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.YamlSyntax,
                location,
                $"YAML syntax error: {TrimParserMessage(exception.Message)}",
                "check indentation, and quote values that contain `: ` or start with a special character"));
        }

        private string LineAt(long line)
        {
            if (line < 1)
            {
                return string.Empty;
            }

            var lines = text.Split('\n');
            return line <= lines.Length ? lines[line - 1] : string.Empty;
        }

        private SourceLocation At(Mark mark) => new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);

        // YamlDotNet prefixes messages with its own "(Line: …)" position, which we already print.
        private static string TrimParserMessage(string message)
        {
            var closing = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith('(') && closing > 0 ? message[(closing + 3)..] : message;
        }
    }

    /// <summary>Unwinds the reader after a diagnostic that makes the rest of the file meaningless.</summary>
    private sealed class RejectedInputException : Exception;
}
