using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Tests.Walking;

/// <summary>Survey files and their lists are read off the data model, never typed again.</summary>
public sealed class SurveyDataFileTests
{
    [Fact]
    public void Every_record_of_survey_data_is_a_file_named_after_its_property()
    {
        var files = SurveyDataFile.All.ToDictionary(f => f.Name, f => f.RecordType);

        Assert.Equal(typeof(ModelsFile), files["models.yaml"]);
        Assert.Equal(typeof(SurveyFile), files["survey.yaml"]);
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), SurveyLoader.Files.Keys);
    }

    [Theory]
    [InlineData(typeof(Model), "models.yaml", "models")]
    [InlineData(typeof(JapaneseEvaluation), "models.yaml", "japanese_evaluations")]
    [InlineData(typeof(AdoptionCase), "cases.yaml", "cases")]
    public void The_list_of_a_row_type_names_its_file_and_key(Type rowType, string file, string key)
    {
        var (found, foundKey) = SurveyDataFile.ListOf(rowType);

        Assert.Equal(file, found.Name);
        Assert.Equal(key, foundKey);
    }

    [Fact]
    public void A_row_type_no_list_holds_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => SurveyDataFile.ListOf(typeof(SurveyInfo)));
        Assert.Contains("0 survey lists hold SurveyInfo rows", error.Message, StringComparison.Ordinal);
    }
}
