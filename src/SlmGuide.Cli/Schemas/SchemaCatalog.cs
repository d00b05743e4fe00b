using SlmGuide.Bench.Suite;
using SlmGuide.Bench.Twins;
using SlmGuide.Data;
using SlmGuide.Data.Changes;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Twins;

namespace SlmGuide.Cli.Schemas;

/// <summary>Every data file an author edits, the record it binds to, and where its schema lives.</summary>
internal static class SchemaCatalog
{
    public const string Folder = "schemas";

    public static IReadOnlyList<SchemaFile> Files { get; } =
    [
        new(SiteConfig.FileName, typeof(SiteConfig), "サイト設定"),
        new(Changelog.FileName, typeof(Changelog), "更新履歴"),
        new(TableMinimums.FileName, typeof(TableMinimums), "表ごとの最低行数"),
        new("data/bench/suite.yaml", typeof(SuiteFile), "ベンチマークの測定対象"),
        new(TwinArchitecturesFile.FileName, typeof(TwinArchitecturesFile), "形状同一の合成モデル（ツイン）の元になる実モデルの構成"),
        .. SurveyLoader.Files.Select(file => new SchemaFile($"{SurveyLoader.Folder}/{file.Key}", file.Value, $"調査データ {file.Key}")),
    ];
}

/// <summary>A data file and its schema: data/survey/models.yaml ↔ schemas/survey/models.schema.json.</summary>
internal sealed record SchemaFile(string DataPath, Type RecordType, string Title)
{
    public string SchemaPath => $"{SchemaCatalog.Folder}/{Path.ChangeExtension(DataPath["data/".Length..], null)}.schema.json";

    /// <summary>The first line that points the YAML language server at the schema, relative to the data file.</summary>
    public string Header
    {
        get
        {
            var depth = DataPath.Count(c => c == '/');
            return $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", depth))}{SchemaPath}";
        }
    }
}
