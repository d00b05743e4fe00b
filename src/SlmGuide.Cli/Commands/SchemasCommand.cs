using System.CommandLine;
using SlmGuide.Cli.Schemas;
using SlmGuide.Data.Schemas;

namespace SlmGuide.Cli.Commands;

internal static class SchemasCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 and name what is out of date" };
        var command = new Command("schemas", "Write JSON Schemas for the data files into schemas/, and point each data file at its schema for editors")
        {
            root, check,
        };
        command.SetAction(parse =>
        {
            var rootPath = parse.GetValue(root)!.FullName;
            var stale = new List<string>();
            var updates = new List<(string Path, string Text)>();
            foreach (var file in SchemaCatalog.Files)
            {
                var schemaPath = Path.Combine(rootPath, file.SchemaPath);
                var schema = DataSchema.For(file.RecordType, file.Title);
                if (!File.Exists(schemaPath) || File.ReadAllText(schemaPath) != schema)
                {
                    stale.Add($"{file.SchemaPath}: out of date");
                    updates.Add((schemaPath, schema));
                }

                var dataPath = Path.Combine(rootPath, file.DataPath);
                if (File.Exists(dataPath) && SchemaHeader.Fix(File.ReadAllText(dataPath), file.Header) is { } withHeader)
                {
                    stale.Add($"{file.DataPath}: the first line should be `{file.Header}`");
                    updates.Add((dataPath, withHeader));
                }
            }

            if (parse.GetValue(check))
            {
                foreach (var line in stale)
                {
                    Console.Error.WriteLine(line);
                }

                Console.Out.WriteLine(stale.Count == 0 ? "schemas are up to date" : "run `slmguide schemas` to bring them up to date");
                return stale.Count == 0 ? ExitCodes.Success : ExitCodes.InputError;
            }

            foreach (var (path, text) in updates)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

            Console.Out.WriteLine(updates.Count == 0 ? "schemas are up to date" : $"updated {updates.Count} files");
            return ExitCodes.Success;
        });
        return command;
    }
}
