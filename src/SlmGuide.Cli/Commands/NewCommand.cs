using System.CommandLine;
using System.Text.RegularExpressions;
using SlmGuide.Data.Scaffolding;
using SlmGuide.Data.Survey;
using SlmGuide.Site.Content;

namespace SlmGuide.Cli.Commands;

/// <summary>`slmguide new model|case|source|page`: a new entry with every field, for the author to fill in.</summary>
internal static partial class NewCommand
{
    public static Command Create() => new("new", "Add a new model, case, source or page with every field and a comment on each")
    {
        ListEntry("model", typeof(Model)),
        ListEntry("case", typeof(AdoptionCase)),
        ListEntry("source", typeof(Source)),
        Page(),
    };

    private static Command ListEntry(string noun, Type entryType)
    {
        var (file, listKey) = SurveyDataFile.ListOf(entryType);
        var dataPath = $"{SurveyLoader.Folder}/{file.Name}";
        var root = CommonOptions.Root();
        var id = new Argument<string>("id") { Description = "The new entry's id: lower-case letters, digits, `.`, `-` and `_`" };
        var command = new Command(noun, $"Append a new {noun} to {dataPath}") { root, id };
        command.SetAction(parse =>
        {
            var newId = parse.GetValue(id)!;
            var path = Path.Combine(parse.GetValue(root)!.FullName, dataPath);
            if (!IdPattern().IsMatch(newId))
            {
                return Refuse($"`{newId}` is not a valid id", "use lower-case letters, digits, `.`, `-` and `_`, e.g. `qwen3-1.7b`");
            }

            if (!File.Exists(path))
            {
                return Refuse($"{dataPath} does not exist", "run from the site root, or pass --root DIR");
            }

            // Read as text, not bound: a scaffold added earlier and not yet filled in must not block the next one.
            var text = File.ReadAllText(path);
            if (IdLine().Matches(text).Any(m => m.Groups["id"].Value == newId))
            {
                return Refuse($"{dataPath} already has an entry `{newId}`", "pick another id, or edit the existing entry");
            }

            // A draft, like a new page: it previews at once with its placeholders, and `build` leaves it out until the line goes.
            var lines = EntryScaffold.Lines(entryType, new Dictionary<string, string> { ["id"] = newId, ["draft"] = "true" });
            if (YamlListAppend.Append(text, listKey, lines) is not { } appended)
            {
                return Refuse($"{dataPath} has no top-level `{listKey}:` list", $"add a `{listKey}:` line, then run this again");
            }

            File.WriteAllText(path, appended.Text);
            Console.Out.WriteLine(MessageLanguageChoice.Text($"added {noun} `{newId}` to {dataPath} at line {appended.Line} as a draft: `serve` shows it now, `build` once you remove `draft: true`; replace each [...を記入] and YYYY-MM-DD (`slmguide check --drafts` lists those left)"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Page()
    {
        var root = CommonOptions.Root();
        var slug = new Argument<string>("slug") { Description = "The page's file name without .md, which is also its address: /<slug>/" };
        var command = new Command("page", "Create content/<slug>.md with its front matter") { root, slug };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(slug)!;
            if (!SlugPattern().IsMatch(name))
            {
                return Refuse($"`{name}` is not a valid page name", "use lower-case letters, digits and hyphens, e.g. `fine-tuning`");
            }

            var relative = $"{ContentLoader.Folder}/{name}.md";
            var path = Path.Combine(parse.GetValue(root)!.FullName, relative);
            if (!Directory.Exists(Path.GetDirectoryName(path)))
            {
                return Refuse($"there is no {ContentLoader.Folder}/ folder here", "run from the site root, or pass --root DIR");
            }

            if (File.Exists(path))
            {
                return Refuse($"{relative} already exists", "pick another name, or edit the existing page");
            }

            // A draft: `serve` shows it at once, and `build` leaves it out until the author removes the line.
            var frontMatter = EntryScaffold.Lines(typeof(FrontMatter), new Dictionary<string, string> { ["draft"] = "true" });
            var text = string.Join('\n', ["---", .. frontMatter, "---", string.Empty, "[この節で伝えることを記入]", string.Empty, "## [見出しを記入]", string.Empty, "[本文を記入]", string.Empty]);
            using (var created = new FileStream(path, FileMode.CreateNew))
            using (var writer = new StreamWriter(created))
            {
                writer.Write(text);
            }

            Console.Out.WriteLine(MessageLanguageChoice.Text($"created {relative} (/{name}/) as a draft: `serve` shows it now, `build` once you remove `draft: true`; replace each [...を記入] (`slmguide check --drafts` lists those left)"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Refuse(string message, string hint)
    {
        Console.Error.WriteLine($"new: {MessageLanguageChoice.Text(message)} ({MessageLanguageChoice.Text(hint)})");
        return ExitCodes.InputError;
    }

    [GeneratedRegex(@"^\s*-\s+id:\s*[""']?(?<id>[^\s""'#]+)", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    // The data's own id rule (D009), so every id the data accepts can be started here.
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex SlugPattern();
}
