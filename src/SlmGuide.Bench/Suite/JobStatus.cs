namespace SlmGuide.Bench.Suite;

public enum JobStatus
{
    /// <summary>Measured in this run and stored.</summary>
    Measured,

    /// <summary>A stored result has the same key; nothing ran.</summary>
    Cached,

    /// <summary>The model could not be prepared or its worker failed; see the reason.</summary>
    Failed,
}
