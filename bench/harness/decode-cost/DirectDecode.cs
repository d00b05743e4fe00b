using System.Runtime.InteropServices;
using LLama.Native;

/// <summary>
/// llama_decode of one token through the export of the library LLamaSharp has loaded, bypassing
/// LLamaSharp's managed layer: either with no positions, sequences or output flags, as
/// llama_batch_get_one builds it in the C harness, or with all three given the way LLamaSharp's
/// batch gives them, so the two show what llama.cpp itself does with an explicit batch.
/// </summary>
internal sealed unsafe class DirectDecode
{
    private readonly SafeLLamaContextHandle _context;
    private readonly delegate* unmanaged<IntPtr, LLamaNativeBatch, int> _decode;
    private readonly delegate* unmanaged<IntPtr, void> _synchronize;

    public DirectDecode(string library, SafeLLamaContextHandle context)
    {
        _context = context;
        var handle = NativeLibrary.Load(library);
        _decode = (delegate* unmanaged<IntPtr, LLamaNativeBatch, int>)NativeLibrary.GetExport(handle, "llama_decode");
        _synchronize = (delegate* unmanaged<IntPtr, void>)NativeLibrary.GetExport(handle, "llama_synchronize");
    }

    public void DecodeOne(int token)
    {
        LLamaToken native = token;
        Decode(new LLamaNativeBatch { n_tokens = 1, tokens = &native });
    }

    public void DecodeExplicit(int token, int position)
    {
        LLamaToken native = token;
        LLamaPos at = position;
        var sequence = LLamaSeqId.Zero;
        var sequences = &sequence;
        var sequenceCount = 1;
        byte output = 1;
        Decode(new LLamaNativeBatch { n_tokens = 1, tokens = &native, pos = &at, n_seq_id = &sequenceCount, seq_id = &sequences, logits = &output });
    }

    private void Decode(LLamaNativeBatch batch)
    {
        var handle = _context.DangerousGetHandle();
        if (_decode(handle, batch) != 0)
        {
            throw new InvalidOperationException("llama_decode failed");
        }

        _synchronize(handle);
    }
}
