using SharpFuzz;
using SlmGuide.Fuzz;

// slmguide-fuzz TARGET          runs TARGET under AFL++ (started by fuzz/run)
// slmguide-fuzz TARGET FILE…    runs TARGET once on each FILE and prints what it reported
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: slmguide-fuzz TARGET [FILE…]; targets: {string.Join(", ", FuzzTargets.Names)}");
    return 1;
}

var scratch = Directory.CreateTempSubdirectory("slmguide-fuzz-").FullName;
try
{
    if (args.Length > 1)
    {
        var targets = new FuzzTargets(scratch);
        foreach (var file in args[1..])
        {
            Console.WriteLine($"{file}: {string.Join(" | ", targets.Run(args[0], File.ReadAllBytes(file)))}");
        }

        return 0;
    }

    // Each input runs in a child process, so a stack overflow is a finding and not the end of the
    // run. The targets are made inside: instrumented code must not run before AFL's map is set up.
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        new FuzzTargets(scratch).Run(args[0], buffer.ToArray());
    });
    return 0;
}
finally
{
    Directory.Delete(scratch, recursive: true);
}
