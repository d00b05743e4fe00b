namespace SlmGuide.Bench.Worker;

/// <summary>
/// A fault in the author's input that a worker found while measuring (a quality text too short for
/// the model's tokenizer): a coded diagnostic without its place, which the runner adds, since it
/// knows how the author names <paramref name="Path"/>.
/// </summary>
public sealed record WorkerProblem(string Code, string Path, string Message, string? Hint);
