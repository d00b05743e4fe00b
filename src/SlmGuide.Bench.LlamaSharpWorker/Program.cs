using SlmGuide.Bench.LlamaSharpWorker;
using SlmGuide.Bench.Worker;

// One benchmark job per process, as for the llama.cpp worker: same protocol, same isolation.
return WorkerProgram.Run(Console.In, Console.Out, Console.Error, job => LlamaSharpEngine.Open(job.LibraryDirectory));
