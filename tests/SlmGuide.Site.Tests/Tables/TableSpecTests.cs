using SlmGuide.Data.Binding;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Tests.Tables;

/// <summary>A table spec names fields; their keys and labels come from the record, never typed again.</summary>
public sealed class TableSpecTests
{
    private static readonly SurveyData Data = new()
    {
        Sources = new SourcesFile
        {
            Sources = [new Source { Id = "spec", Title = "仕様書", Publisher = "発行社", Kind = SourceKind.DeveloperResource, Url = new Uri("https://example.test/spec"), Checked = new DateOnly(2026, 11, 1) }],
        },
        Hardware = new HardwareFile
        {
            Requirements =
            [
                new HardwareRequirement
                {
                    SizeClass = SizeClass.From1To3B,
                    Cpu = "4コア",
                    Memory = "8GB",
                    Source = new Ref<Source>("spec", SourceLocation.StartOf("data/survey/hardware.yaml")),
                    Checked = new DateOnly(2026, 11, 1),
                    Unconfirmed = ["memory"],
                },
            ],
        },
    };

    [Fact]
    public void A_field_column_takes_key_and_label_from_the_record_and_shows_its_value_by_type()
    {
        var table = new TableSpec<HardwareRequirement>("specs", "仕様", d => d.Hardware.Requirements)
            .Field(r => r.SizeClass, facet: true)
            .Field(r => r.Cpu)
            .Field(r => r.Memory)
            .Field(r => r.Source, label: "出典")
            .Build(Data, new Freshness(null, 365));

        Assert.Equal(
            [
                new TableColumn("モデルサイズ", "size_class", IsNumeric: false, IsFacet: true),
                new TableColumn("CPU要件", "cpu", IsNumeric: false),
                new TableColumn("メモリ要件", "memory", IsNumeric: false),
                new TableColumn("出典", "source", IsNumeric: false),
            ],
            table.Columns);
        Assert.Equal(["1-3B", "4コア", "未確認", "発行社"], table.Rows.Single().Cells.Select(c => c.Text));
        Assert.Equal("<a href=\"https://example.test/spec\" rel=\"noopener\">発行社</a>", table.Rows.Single().Cells[3].Html);
    }

    [Fact]
    public void A_field_with_its_own_source_points_at_that_note_from_its_cell()
    {
        var secondSource = new Source { Id = "datasheet", Title = "データシート", Publisher = "製造元", Kind = SourceKind.DeveloperResource, Url = new Uri("https://example.test/datasheet"), Checked = new DateOnly(2026, 12, 1) };
        var requirement = Data.Hardware.Requirements[0] with
        {
            Unconfirmed = [],
            FieldSources = [new FieldSource { Fields = ["memory"], Source = new Ref<Source>("datasheet", SourceLocation.StartOf("data/survey/hardware.yaml")), Checked = new DateOnly(2026, 12, 1) }],
        };
        var data = new SurveyData
        {
            Sources = new SourcesFile { Sources = [.. Data.Sources.Sources, secondSource] },
            Hardware = new HardwareFile { Requirements = [requirement] },
        };

        var table = new TableSpec<HardwareRequirement>("specs", "仕様", d => d.Hardware.Requirements)
            .Field(r => r.Cpu)
            .Field(r => r.Memory)
            .Build(data, new Freshness(null, 365));

        var row = table.Rows.Single();
        Assert.Equal(1, row.NoteNumber);
        Assert.Equal(["仕様書", "データシート"], table.Notes.Select(n => n.TitleHtml));
        Assert.Equal(["4コア", "8GB"], row.Cells.Select(c => c.Text));
        Assert.Equal("4コア", row.Cells[0].Html);
        Assert.Equal("8GB<sup class=\"note-ref\"><a href=\"#specs-src-2\">[2]</a></sup>", row.Cells[1].Html);
    }

    [Fact]
    public void A_selector_that_is_not_a_bound_field_is_refused_when_the_table_is_declared()
    {
        var spec = new TableSpec<Model>("sizes", "サイズ", d => d.Models.Models);

        var error = Assert.Throws<ArgumentException>(() => spec.Field(m => m.IsAboveSevenBillion));
        Assert.Contains("Model.IsAboveSevenBillion is not a field the binder fills", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_without_a_default_cell_needs_its_own()
    {
        var spec = new TableSpec<Model>("sizes", "サイズ", d => d.Models.Models);

        var error = Assert.Throws<ArgumentException>(() => spec.Field(m => m.ParametersBillion));
        Assert.Contains("a Double field has no default cell", error.Message, StringComparison.Ordinal);
    }
}
