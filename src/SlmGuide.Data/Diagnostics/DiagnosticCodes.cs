namespace SlmGuide.Data.Diagnostics;

/// <summary>
/// Every code the tool can report, in one place so the README's table and the tests agree.
/// The letter says which stage found it: Y reading YAML, D binding data, R references between
/// files, C content pages, T templates, B the build itself, S the benchmark suite and its results.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "Y001";
    public const string InvalidUtf8 = "Y002";
    public const string AliasNotAllowed = "Y003";
    public const string DuplicateKey = "Y004";
    public const string FullWidthColon = "Y005";
    public const string MultipleDocuments = "Y006";
    public const string FileTooLarge = "Y007";

    public const string WrongType = "D001";
    public const string MissingField = "D002";
    public const string UnknownKey = "D003";
    public const string BadDate = "D004";
    public const string BadUrl = "D005";
    public const string BadEnumValue = "D006";
    public const string UnknownDataFile = "D008";

    // Rules across fields, one code per family (D007 covered them all until they were split).
    public const string InvalidId = "D009";
    public const string OutOfRange = "D010";
    public const string InconsistentFields = "D011";
    public const string UnconfirmedWithValue = "D012";
    public const string BadFormat = "D013";

    public const string DuplicateId = "R001";
    public const string DanglingReference = "R002";

    public const string BrokenFrontMatter = "C001";
    public const string UnknownTable = "C002";
    public const string DuplicatePageUrl = "C003";
    public const string TableNotPlaced = "C004";
    public const string BrokenLink = "C005";
    public const string TemplatePlaceholder = "C006";
    public const string TableBelowMinimum = "C007";
    public const string EmptyTable = "C008";
    public const string StaleFact = "C009";
    public const string UnknownMinimumTable = "C010";

    public const string TemplateSyntax = "T001";
    public const string TemplateRuntime = "T002";
    public const string MissingLayout = "T003";

    public const string MissingFolder = "B001";
    public const string SearchIndexFailed = "B002";
    public const string BenchResultsUnreadable = "B003";

    // The benchmark suite and its results (slmguide bench, and the site reading the results).
    public const string BenchRecordUnreadable = "S001";
    public const string BenchResultsFromNewerVersion = "S002";
    public const string BenchModelFileMissing = "S003";
    public const string BenchModelHashMismatch = "S004";
    public const string BenchDownloadFailed = "S005";
    public const string BenchDownloadWithoutHash = "S006";
    public const string BenchQuantizationFailed = "S007";
    public const string BenchQualityTextTooShort = "S008";
    public const string SuiteFileMissing = "S009";
    public const string SuiteParameterOutOfRange = "S010";
    public const string SuiteQualityTextMissing = "S011";
    public const string SuiteModelSource = "S012";
    public const string SuiteSyntheticShape = "S013";
    public const string SuiteBadSha256 = "S014";

    // Hostile or broken input and a failing output disk (issue 20's hardening).
    public const string ControlCharacter = "Y008";
    public const string MarkdownTooDeep = "C011";
    public const string ChangelogPageMissing = "C012";
    public const string BrokenInputLink = "B004";

    // Writing the guide (issue 19).
    public const string UnknownShortcode = "C013";
    public const string MalformedShortcode = "C014";
    public const string OutputWriteFailed = "B005";
    public const string BadTableSelection = "C015";
    public const string BadAlias = "C016";
    public const string PageFileClash = "C017";

    /// <summary>What each code means and what to do, for the README and <c>slmguide check</c>.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [YamlSyntax] = "YAML syntax error; the message names the place the parser stopped",
        [InvalidUtf8] = "the file is not valid UTF-8; save it as UTF-8",
        [AliasNotAllowed] = "YAML anchors and aliases are not allowed in data files; write values out",
        [DuplicateKey] = "the same key appears twice in one mapping",
        [FullWidthColon] = "a full-width colon (：) where YAML needs an ASCII colon (:)",
        [MultipleDocuments] = "a data file holds more than one YAML document",
        [FileTooLarge] = "a data file is larger than 16 MiB",
        [WrongType] = "a value has the wrong type (text, number, list, mapping)",
        [MissingField] = "a required field is missing or empty",
        [UnknownKey] = "a key the schema does not know; usually a typo",
        [BadDate] = "a date that is not a real YYYY-MM-DD date",
        [BadUrl] = "a URL that is not an absolute http or https URL",
        [BadEnumValue] = "a value outside the allowed list",
        [UnknownDataFile] = "a YAML file in data/survey/ that the guide does not read",
        [InvalidId] = "an id that is not lowercase letters, digits, `.`, `-` and `_`",
        [OutOfRange] = "a number outside the range its field allows",
        [InconsistentFields] = "fields that do not fit together: one needs another, excludes another, or disagrees with it",
        [UnconfirmedWithValue] = "a field listed under `unconfirmed` still has a value (warning)",
        [BadFormat] = "a text value without the form its field needs (a site path, a SHA-256)",
        [DuplicateId] = "two entries share one id",
        [DanglingReference] = "a reference to an id that does not exist",
        [BrokenFrontMatter] = "a page's front matter is missing, unterminated or invalid",
        [UnknownTable] = "a table shortcode names a table that does not exist",
        [DuplicatePageUrl] = "two pages would be written to the same URL",
        [TableNotPlaced] = "a survey table is not placed on any page",
        [BrokenLink] = "a link inside the site points at a page or anchor that does not exist",
        [TemplatePlaceholder] = "placeholder text left from the survey template ([…を記入], YYYY-MM-DD)",
        [TableBelowMinimum] = "a survey table has fewer rows than its minimum in data/completeness.yaml (`check` only; warning)",
        [EmptyTable] = "a survey table has no rows at all (`check` only; warning)",
        [StaleFact] = "a fact's `checked` date is older than `stale_after_days` or `--max-age` (`check` only; warning)",
        [UnknownMinimumTable] = "data/completeness.yaml names a table id that does not exist",
        [TemplateSyntax] = "a Scriban template does not parse",
        [TemplateRuntime] = "a Scriban template failed while rendering",
        [MissingLayout] = "a page asks for a layout that theme/layouts does not have",
        [MissingFolder] = "the site root lacks content/, data/ or theme/",
        [SearchIndexFailed] = "npm or Pagefind failed while building the search index",
        [BenchResultsUnreadable] = "a benchmark results file in data/bench/results/ cannot be read",
        [BenchRecordUnreadable] = "a record or the machine block of a results file cannot be read; the file is not rewritten",
        [BenchResultsFromNewerVersion] = "a results file was written by a newer slmguide (its `schema` is higher than this version reads)",
        [BenchModelFileMissing] = "a suite model's `path` does not exist (and it has no `url`, or `--download` was not given)",
        [BenchModelHashMismatch] = "a suite model's file (or its download) does not have the SHA-256 the suite names",
        [BenchDownloadFailed] = "a suite model could not be downloaded from its `url`",
        [BenchDownloadWithoutHash] = "`--download` refuses a model whose entry has no `sha256`",
        [BenchQuantizationFailed] = "llama.cpp's quantizer could not make a suite model's variant",
        [BenchQualityTextTooShort] = "the quality text has fewer than two tokens for a model, so nothing can be compared",
        [SuiteFileMissing] = "the benchmark suite file does not exist",
        [SuiteParameterOutOfRange] = "a value under `parameters:` of the suite is out of its range",
        [SuiteQualityTextMissing] = "the suite's `quality_text` names a file that does not exist",
        [SuiteModelSource] = "a suite model has none or several of `synthetic`, `path` and `quantize`",
        [SuiteSyntheticShape] = "a synthetic model's shape cannot be built (sizes, head counts)",
        [SuiteBadSha256] = "a suite model's `sha256` is not 64 hexadecimal digits",

        [ControlCharacter] = "a control character (U+0000-U+001F but tab and line breaks, U+007F-U+009F), U+FFFE, U+FFFF or a lone surrogate in a data file, front matter or page",
        [MarkdownTooDeep] = "a page's Markdown nests lists, quotes or emphasis more than 128 levels deep",
        [ChangelogPageMissing] = "a changelog entry's `page:` is not a page of the site",
        [UnknownShortcode] = "a page uses a shortcode name that does not exist (`{{< tabel >}}`)",
        [MalformedShortcode] = "a shortcode that does not parse: single quotes, no `>}}`, a missing or extra value, or one inside running text",
        [BrokenInputLink] = "a symbolic link among content/, data/ or theme/ points nowhere (dangling) or at itself (a loop)",
        [BadTableSelection] = "a table shortcode's `columns` or `where` names a column the table lacks, or a value no row has",
        [PageFileClash] = "a file kept beside the pages in content/ would be published over a page or a file the build writes itself",
        [BadAlias] = "a page's `aliases` entry is not a site path (`/old/path/`), or is the address of a page or of another alias",
        [OutputWriteFailed] = "the output folder cannot be written: the disk is full, read-only, busy, or the path runs under a file",
    };
}
