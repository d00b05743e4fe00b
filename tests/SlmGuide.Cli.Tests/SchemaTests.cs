using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;
using SlmGuide.Cli.Schemas;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Yaml;
using SlmGuide.Site.Output;
using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests;

/// <summary>The editor schemas: current, pointed at by every data file, and in agreement with the binder.</summary>
public sealed class SchemaTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Checked_in_schemas_and_schema_lines_are_up_to_date()
    {
        var run = CliRun.Start("schemas", "--check", "--root", TestRepository.Root);

        Assert.True(run.ExitCode == 0, $"the schemas are stale; run `dotnet run --project src/SlmGuide.Cli -- schemas`:\n{run.Stderr}");
        Assert.Contains("schemas are up to date", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_data_file_of_the_repository_is_valid_against_its_schema()
    {
        foreach (var file in SchemaCatalog.Files)
        {
            var errors = await ValidateAsync(Path.Combine(TestRepository.Root, file.DataPath), Path.Combine(TestRepository.Root, file.SchemaPath));

            Assert.True(errors.Count == 0, $"{file.DataPath}: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}"))}");
        }
    }

    [Fact]
    public async Task The_schema_rejects_an_unknown_key_and_a_label_that_is_not_allowed()
    {
        var models = _site.Path("data/survey/models.yaml");
        File.WriteAllText(models, File.ReadAllText(models)
            .Replace("license:", "licence:", StringComparison.Ordinal)
            .Replace("japanese: 公式対応", "japanese: はい", StringComparison.Ordinal));

        var errors = Flatten(await ValidateAsync(models, Path.Combine(TestRepository.Root, "schemas/survey/models.schema.json"))).ToList();

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == "licence");
        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NotInEnumeration && e.Path!.EndsWith(".japanese", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_adds_the_schema_line_and_leaves_the_rest_of_each_file_as_written()
    {
        var models = _site.Path("data/survey/models.yaml");
        var before = File.ReadAllText(models);

        var stale = CliRun.Start("schemas", "--check", "--root", _site.Root);
        var write = CliRun.Start("schemas", "--root", _site.Root);
        var again = CliRun.Start("schemas", "--check", "--root", _site.Root);
        var check = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today, "--strict");

        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("data/survey/models.yaml: the first line should be `# yaml-language-server: $schema=../../schemas/survey/models.schema.json`", stale.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, write.ExitCode);
        Assert.Equal("# yaml-language-server: $schema=../../schemas/survey/models.schema.json\n" + before, File.ReadAllText(models));
        Assert.True(File.Exists(_site.Path("schemas/survey/models.schema.json")));
        Assert.Equal(0, again.ExitCode);
        Assert.True(check.ExitCode == 0, check.Stderr);
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child ? Flatten(child.Errors.Values.SelectMany(v => v)).Prepend(e) : [e]);

    private static async Task<ICollection<ValidationError>> ValidateAsync(string dataPath, string schemaPath)
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(schemaPath));
        var diagnostics = new DiagnosticBag();
        var tree = YamlTreeReader.ReadFile(dataPath, Path.GetFileName(dataPath), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            YamlAsJson.Write(json, tree!);
        }

        return schema.Validate(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
