using System.Runtime.InteropServices;
using LLama.Native;

/// <summary>
/// llama_decode of one token with no positions, sequences or output flags, as llama_batch_get_one
/// builds it in the C harness, through the export of the library LLamaSharp has loaded.
/// </summary>
internal sealed unsafe class DirectDecode(string library, SafeLLamaContextHandle context)
{
    public const int Tokens = 128;

    private readonly delegate* unmanaged<IntPtr, LLamaNativeBatch, int> _decode =
        (delegate* unmanaged<IntPtr, LLamaNativeBatch, int>)NativeLibrary.GetExport(NativeLibrary.Load(library), "llama_decode");

    private readonly delegate* unmanaged<IntPtr, void> _synchronize =
        (delegate* unmanaged<IntPtr, void>)NativeLibrary.GetExport(NativeLibrary.Load(library), "llama_synchronize");

    /// <summary>The harness's token rule, so both ways decode the same ids.</summary>
    public static LLamaToken TokenAt(int index, int vocabularySize) => (int)((ulong)(uint)index * 2654435761u % (ulong)vocabularySize);

    public void DecodeOne(LLamaToken token)
    {
        var batch = new LLamaNativeBatch { n_tokens = 1, tokens = &token };
        var handle = context.DangerousGetHandle();
        if (_decode(handle, batch) != 0)
        {
            throw new InvalidOperationException("llama_decode failed");
        }

        _synchronize(handle);
    }
}
