namespace SlmGuide.Bench.Worker;

/// <summary>Which engine build a worker runs: its name on the site and its exact identity, the engine part of every result key.</summary>
public sealed record EngineDescription(string Name, string Identity);
