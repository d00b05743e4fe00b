using SlmGuide.Site.Building;
using SlmGuide.Testing;

namespace SlmGuide.Browser.Tests;

/// <summary>
/// A site root in a temp folder, built with the real builder (search index included) and served
/// on loopback. The repository's package.json and node_modules are linked in, as an author's
/// checkout would have them.
/// </summary>
internal sealed class BuiltSite : IDisposable
{
    private BuiltSite(string root, string pathPrefix)
    {
        Root = root;
        var result = SiteBuilder.Build(new BuildOptions(root));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the test site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        Server = new StaticServer(Output, pathPrefix);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public StaticServer Server { get; }

    /// <summary>The mini fixture, with data strings that would run script if anything forgot to escape.</summary>
    public static BuiltSite HostileFixture()
    {
        var root = TestRepository.CreateFixtureSite("mini", "slmguide-browser-");
        var models = Path.Combine(root, "data", "survey", "models.yaml");
        var text = File.ReadAllText(models).Replace("features: 小型で速い", $"features: \"{HostileFeatures}\"", StringComparison.Ordinal);

        // Larger models: sorting by text would put "14B" before "8B", by number after it; six
        // more rows make the table long enough to get sort buttons and filters.
        File.WriteAllText(models, text.Replace("japanese_evaluations:", ExtraModel + "japanese_evaluations:", StringComparison.Ordinal));
        LinkNodePackages(root);
        return new BuiltSite(root, "/docs/");
    }

    /// <summary>The repository's own content, data and theme.</summary>
    public static BuiltSite Repository()
    {
        var root = Directory.CreateTempSubdirectory("slmguide-browser-repo-").FullName;
        foreach (var folder in new[] { "content", "data", "theme" })
        {
            TestRepository.CopyFolder(Path.Combine(TestRepository.Root, folder), Path.Combine(root, folder));
        }

        LinkNodePackages(root);
        return new BuiltSite(root, "/");
    }

    public const string HostileFeatures = "小型で速い <img src=x onerror=alert(2)>";

    /// <summary>The fixture's two models plus these make eight: enough rows for the table controls.</summary>
    public const int ModelCount = 8;

    private const string ExtraModel = """
          - id: model-c
            name: テストモデルC
            developer: テスト株式会社
            parameters_billion: 14
            size_label: 14B
            features: 比較用の大型
            availability: 公開・商用可
            license: MIT
            japanese: 日本語特化
            source: card-a
            checked: 2026-11-04
          - id: model-d
            name: テストモデルD
            developer: テスト株式会社
            parameters_billion: 0.3
            size_label: 0.3B
            features: 追加の比較用
            availability: 公開・商用可
            license: MIT
            japanese: 公式対応
            source: card-a
            checked: 2026-11-04
          - id: model-e
            name: テストモデルE
            developer: テスト株式会社
            parameters_billion: 3
            size_label: 3B
            features: 追加の比較用
            availability: 公開・商用可
            license: MIT
            japanese: 限定的
            source: card-a
            checked: 2026-11-04
          - id: model-f
            name: テストモデルF
            developer: テスト株式会社
            parameters_billion: 1.5
            size_label: 1.5B
            features: 追加の比較用
            availability: 公開・商用可
            license: MIT
            japanese: 非対応
            source: card-a
            checked: 2026-11-04
          - id: model-g
            name: テストモデルG
            developer: テスト株式会社
            parameters_billion: 30
            size_label: 30B
            features: 追加の比較用
            availability: 公開・商用可
            license: MIT
            japanese: 公式対応
            source: card-a
            checked: 2026-11-04
          - id: model-h
            name: テストモデルH
            developer: テスト株式会社
            parameters_billion: 70
            size_label: 70B
            features: 追加の比較用
            availability: 公開・商用可
            license: MIT
            japanese: 日本語特化
            source: news-a
            checked: 2026-11-04

        """;

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose()
    {
        Server.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private static void LinkNodePackages(string root)
    {
        NodePackages.Ensure();
        File.Copy(Path.Combine(TestRepository.Root, "package.json"), Path.Combine(root, "package.json"));
        File.Copy(Path.Combine(TestRepository.Root, "package-lock.json"), Path.Combine(root, "package-lock.json"));
        Directory.CreateSymbolicLink(Path.Combine(root, "node_modules"), NodePackages.Folder);
    }
}
