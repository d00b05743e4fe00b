namespace SlmGuide.Data.Bench;

/// <summary>
/// The version of how <c>slmguide bench</c> measures, part of every <see cref="RecordKey"/>. A
/// stored record is reused only while the method that produced it is the current one, so a change
/// to the method re-measures every model once instead of mixing numbers from two methods.
/// </summary>
/// <remarks>
/// Bump <see cref="Current"/> when a re-run with the same model, engine, machine and parameters
/// would give a record with other fields or other meanings: a new metric, a metric computed
/// differently (warm-up, timing, statistics, quality windows), or a changed unit. Do not bump it
/// for what the key already holds (engine, parameters, quality text) or for presentation (labels,
/// formats, charts), which read the stored numbers as they are.
/// </remarks>
public static class MeasurementMethod
{
    /// <summary>
    /// The method of the first results, written before keys carried a version. A key without a
    /// version reads as this one and it adds nothing to the record id, so those files stay a valid
    /// cache: the method has not changed since they were measured.
    /// </summary>
    public const int Unversioned = 1;

    public const int Current = 1;
}
