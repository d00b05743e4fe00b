using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Worker;

// One benchmark job per process, so a crash or hang in native code ends only this job.
return WorkerProgram.Run(Console.In, Console.Out, Console.Error, job =>
{
    var runtime = LlamaRuntime.Initialize(job.LibraryDirectory);
    LlamaRuntime.LogSink = new StandardErrorLogSink(LlamaLogLevel.Error);
    return new LlamaCppEngine(runtime);
});
