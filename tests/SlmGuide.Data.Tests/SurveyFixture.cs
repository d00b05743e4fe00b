using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Validation;

namespace SlmGuide.Data.Tests;

/// <summary>Writes survey files into a temp root and runs the real loader and validator on them.</summary>
internal static class SurveyFixture
{
    public const string Sources = """
        sources:
          - id: qwen-card
            title: Qwen2.5-0.5B-Instruct model card
            kind: 開発者リソース
            url: https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct
            checked: 2026-11-23
        """;

    public const string Model = """
        models:
          - id: qwen2.5-0.5b-instruct
            name: Qwen2.5-0.5B-Instruct
            developer: Alibaba Cloud
            parameters_billion: 0.49
            features: 多言語対応の小型モデル
            availability: 公開・商用可
            license: Apache-2.0
            japanese: 公式対応
            source: qwen-card
            checked: 2026-11-23
        """;

    public static (SurveyData Data, IReadOnlyList<Diagnostic> Diagnostics) Load(TempFolder folder, params (string File, string Text)[] files)
    {
        foreach (var (file, text) in files)
        {
            folder.Write($"data/survey/{file}", text);
        }

        var diagnostics = new DiagnosticBag();
        var data = SurveyLoader.Load(new SiteRoot(folder.Path), diagnostics);
        SurveyValidator.Validate(data, diagnostics);

        return (data, diagnostics.Sorted);
    }
}
