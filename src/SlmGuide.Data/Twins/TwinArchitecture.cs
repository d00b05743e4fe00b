using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Twins;

/// <summary>The llama.cpp architectures a twin can take: <c>general.architecture</c> of the GGUF file.</summary>
public enum TwinFamily
{
    [Label("llama")]
    Llama,

    [Label("qwen2")]
    Qwen2,

    [Label("qwen3")]
    Qwen3,

    [Label("gemma3")]
    Gemma3,

    [Label("phi3")]
    Phi3,
}

/// <summary>How the real model stretches its rotary embedding; it decides which extra tensors llama.cpp's converter writes.</summary>
public enum RopeScaling
{
    [Label("none")]
    None,

    /// <summary>Llama 3.x: the converter writes <c>rope_freqs.weight</c>.</summary>
    [Label("llama3")]
    Llama3,

    /// <summary>Phi-3/Phi-4: the converter writes <c>rope_factors_long/short.weight</c>.</summary>
    [Label("longrope")]
    LongRope,
}

/// <summary>
/// One real model's shape, as its published config.json gives it (data/bench/twin-architectures.yaml).
/// It is a fact like every row of the survey: a source, a check date and the fields no copy confirmed.
/// </summary>
public sealed record TwinArchitecture : Entry
{
    /// <summary>The model of data/survey/models.yaml this is the shape of.</summary>
    public required string TwinOf { get; init; }

    public required TwinFamily Architecture { get; init; }

    public required int EmbeddingLength { get; init; }

    public required int LayerCount { get; init; }

    public required int HeadCount { get; init; }

    public required int KeyValueHeadCount { get; init; }

    public required int HeadDimension { get; init; }

    public required int FeedForwardLength { get; init; }

    public required int VocabularySize { get; init; }

    /// <summary>True when the output projection reuses the token embedding, so the file has no <c>output.weight</c>.</summary>
    public required bool TiedEmbeddings { get; init; }

    /// <summary>Qwen2 adds a bias to the query, key and value projections.</summary>
    public bool AttentionBias { get; init; }

    public required double RopeBase { get; init; }

    /// <summary>Gemma 3: the RoPE base of its sliding-window layers.</summary>
    public double? RopeBaseLocal { get; init; }

    public RopeScaling RopeScaling { get; init; } = RopeScaling.None;

    public double RopeScalingFactor { get; init; } = 1;

    public double RopeLowFrequencyFactor { get; init; } = 1;

    public double RopeHighFrequencyFactor { get; init; } = 4;

    public int? RopeOriginalContextLength { get; init; }

    /// <summary>Rotated dimensions per head when only part of each head is rotated (Phi-4-mini); the head dimension otherwise.</summary>
    public int? RopeDimensionCount { get; init; }

    /// <summary>Gemma 3: the window of its local-attention layers, in tokens.</summary>
    public int? SlidingWindow { get; init; }

    /// <summary>Gemma 3: every n-th layer attends globally, the others within <see cref="SlidingWindow"/>.</summary>
    public int? SlidingWindowPattern { get; init; }

    public required double NormEpsilon { get; init; }

    public required int ContextLength { get; init; }

    /// <summary>The parameter count as the source prints it, for example <c>0.49B</c> or <c>596049920</c>.</summary>
    public required string ParametersPublished { get; init; }

    /// <summary>True when <see cref="ParametersPublished"/> is a count to the parameter, not a rounded figure.</summary>
    public bool ParametersExact { get; init; }

    /// <summary>The model's config.json.</summary>
    public required Uri Source { get; init; }

    /// <summary>The copies of config.json or of the model card each value was checked against.</summary>
    public IReadOnlyList<string> VerifiedIn { get; init; } = [];

    public required DateOnly Checked { get; init; }

    /// <summary>Fields no copy confirmed; still used to build the twin, and shown as unconfirmed.</summary>
    public IReadOnlyList<string> Unconfirmed { get; init; } = [];

    public IReadOnlyList<PublishedGgufSize> PublishedGguf { get; init; } = [];

    public int RotatedDimensions => RopeDimensionCount ?? HeadDimension;

    public int QueryLength => HeadCount * HeadDimension;

    public int KeyValueLength => KeyValueHeadCount * HeadDimension;
}

/// <summary>The size of a published GGUF file of the real model, in the unit and precision its source prints.</summary>
public sealed record PublishedGgufSize : Entry
{
    /// <summary>The file type as llama.cpp names it: F16, Q8_0, Q4_K_M.</summary>
    public required string Type { get; init; }

    /// <summary>Decimal gigabytes (10^9 bytes), rounded as the source prints them.</summary>
    public double? Gigabytes { get; init; }

    /// <summary>Decimals the source prints <see cref="Gigabytes"/> with; its rounding is half the last digit.</summary>
    public int Decimals { get; init; } = 2;

    /// <summary>The exact size in bytes, when the source gives it.</summary>
    public long? Bytes { get; init; }

    /// <summary>What the file is, when it is not exactly the model of the entry (another release of the same shapes).</summary>
    public string? Note { get; init; }

    public required Uri Source { get; init; }
}

/// <summary>data/bench/twin-architectures.yaml.</summary>
public sealed record TwinArchitecturesFile : Entry
{
    public const string FileName = "data/bench/twin-architectures.yaml";

    public required IReadOnlyList<TwinArchitecture> Twins { get; init; }
}
