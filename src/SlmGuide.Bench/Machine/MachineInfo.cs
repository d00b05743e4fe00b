using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SlmGuide.Bench.Machine;

/// <summary>
/// The machine a benchmark ran on, without anything that identifies a person or host. The
/// fingerprint is a hash of CPU model, core count and memory, so results from the same hardware
/// merge and results from other hardware sit beside them.
/// </summary>
public sealed record MachineInfo(string CpuModel, int LogicalCores, long MemoryBytes, string OperatingSystem, string Architecture)
{
    public string Fingerprint
    {
        get
        {
            // Memory is rounded to whole GiB: the kernel's total moves by a few kB between boots.
            var gib = (long)Math.Round(MemoryBytes / (double)(1L << 30));
            var identity = string.Create(CultureInfo.InvariantCulture, $"{CpuModel}|{LogicalCores}|{gib}GiB|{Architecture}");
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
        }
    }

    public static MachineInfo Current() => new(
        ReadCpuModel(),
        Environment.ProcessorCount,
        ReadMemoryBytes(),
        System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant());

    private static string ReadCpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        if (File.Exists(CpuInfo))
        {
            foreach (var line in File.ReadLines(CpuInfo))
            {
                // x86 says "model name", many ARM kernels only "Hardware" or "Model".
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && line[..colon].Trim() is "model name" or "Hardware" or "Model")
                {
                    return line[(colon + 1)..].Trim();
                }
            }
        }

        return "unknown CPU";
    }

    private static long ReadMemoryBytes()
    {
        const string MemInfo = "/proc/meminfo";
        if (File.Exists(MemInfo))
        {
            foreach (var line in File.ReadLines(MemInfo))
            {
                if (line.StartsWith("MemTotal:", StringComparison.Ordinal))
                {
                    var fields = line["MemTotal:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                    if (long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
                    {
                        return kilobytes * 1024;
                    }
                }
            }
        }

        return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
    }
}
