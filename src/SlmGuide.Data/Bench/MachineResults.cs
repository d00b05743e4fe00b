namespace SlmGuide.Data.Bench;

/// <summary>One machine's results file: its provenance block and its records, in file order.</summary>
public sealed record MachineResults(MachineRecord Machine, IReadOnlyList<BenchRecord> Records);
