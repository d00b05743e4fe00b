using System.Globalization;

namespace SlmGuide.Bench.Measurement;

/// <summary>Peak resident memory of this process: the kernel's high-water mark (VmHWM), which includes the model's mapped pages.</summary>
public static class PeakMemory
{
    /// <summary>Bytes, or null where /proc/self/status is not available (not Linux).</summary>
    public static long? ReadBytes()
    {
        const string StatusFile = "/proc/self/status";
        if (!File.Exists(StatusFile))
        {
            return null;
        }

        foreach (var line in File.ReadLines(StatusFile))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                continue;
            }

            // The line reads "VmHWM:    123456 kB".
            var fields = line["VmHWM:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 2 && fields[1] == "kB" && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
            {
                return kilobytes * 1024;
            }
        }

        return null;
    }
}
