using SlmGuide.Bench.Worker;

// One benchmark job per process, so a crash or hang in native code ends only this job.
return WorkerProgram.Run(Console.In, Console.Out, Console.Error);
