using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>Owns a <c>llama_sampler *</c>.</summary>
public sealed class SafeLlamaSamplerHandle : SafeHandle
{
    public SafeLlamaSamplerHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    internal SafeLlamaSamplerHandle(nint sampler)
        : base(nint.Zero, ownsHandle: true) => SetHandle(sampler);

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        LlamaNativeMethods.llama_sampler_free(handle);
        return true;
    }
}
