/*
 * Reference benchmark for slmguide: measures prompt processing (pp) and token generation (tg)
 * with llama.cpp's C API directly, the same way llama-bench does, so the C# measurement can be
 * compared against it to find the overhead of our binding.
 *
 * Method, per test: create a context sized for the test, one untimed warm-up (the whole prompt
 * for pp, one token for tg, as llama-bench), then REPS timed repetitions, each after clearing
 * the KV cache. Rate per repetition = tokens / seconds; reported as mean and sample sd.
 *
 * Tokens: BOS first when the model adds one, then (i * 2654435761) mod n_vocab, so every run and
 * every program that follows this rule decodes the same token ids.
 *
 * Output: lines starting with '#' describe the run; then one line per test:
 *   <test> <mean t/s> <sd t/s> <sample t/s>...
 *
 * Built with -DSLMGUIDE_LLAMASHARP against LLamaSharp's libllama (see build.sh), it starts the
 * engine as LLamaSharp does (its ggml links the CPU backend, nothing to load; that build has no
 * llama_version, so ggml_commit names it). `harness -d` prints the default parameters and struct
 * sizes as this build of the header reads them, so a test can check the layouts against the library.
 */
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ggml-backend.h"
#include "llama.h"

#define MAX_REPS 100

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

static void quiet_log(enum ggml_log_level level, const char * text, void * user_data) {
    (void) user_data;
    if (level == GGML_LOG_LEVEL_ERROR) {
        fputs(text, stderr);
    }
}

static llama_token token_at(const struct llama_vocab * vocab, int index) {
    if (index == 0 && llama_vocab_get_add_bos(vocab)) {
        return llama_vocab_bos(vocab);
    }
    return (llama_token) (((uint64_t) (uint32_t) index * 2654435761u) % (uint64_t) llama_vocab_n_tokens(vocab));
}

static int decode_prompt(struct llama_context * ctx, const struct llama_vocab * vocab, int n_prompt, int n_batch) {
    llama_token * tokens = malloc(sizeof(llama_token) * (size_t) n_batch);
    if (tokens == NULL) {
        return -1;
    }
    for (int done = 0; done < n_prompt;) {
        int count = n_prompt - done < n_batch ? n_prompt - done : n_batch;
        for (int i = 0; i < count; i++) {
            tokens[i] = token_at(vocab, done + i);
        }
        if (llama_decode(ctx, llama_batch_get_one(tokens, count)) != 0) {
            free(tokens);
            return -1;
        }
        done += count;
    }
    llama_synchronize(ctx);
    free(tokens);
    return 0;
}

static int decode_generation(struct llama_context * ctx, const struct llama_vocab * vocab, int n_gen) {
    for (int i = 0; i < n_gen; i++) {
        llama_token token = token_at(vocab, i);
        if (llama_decode(ctx, llama_batch_get_one(&token, 1)) != 0) {
            return -1;
        }
        llama_synchronize(ctx);
    }
    return 0;
}

struct options {
    const char * model;
    const char * lib_dir;
    int n_prompt;
    int n_gen;
    int reps;
    int threads;
    int n_batch;
    int n_ubatch;
};

/* Runs one test (pp when is_prompt, else tg) and prints its line. */
static int run_test(struct llama_model * model, const struct options * o, int is_prompt) {
    const struct llama_vocab * vocab = llama_model_get_vocab(model);
    int n_tokens = is_prompt ? o->n_prompt : o->n_gen;
    struct llama_context_params cparams = llama_context_default_params();
    cparams.n_ctx = (uint32_t) n_tokens;
    cparams.n_batch = (uint32_t) o->n_batch;
    cparams.n_ubatch = (uint32_t) o->n_ubatch;
    cparams.n_threads = o->threads;
    cparams.n_threads_batch = o->threads;
    struct llama_context * ctx = llama_init_from_model(model, cparams);
    if (ctx == NULL) {
        fprintf(stderr, "harness: could not create a context of %d tokens\n", n_tokens);
        return -1;
    }

    int status = is_prompt ? decode_prompt(ctx, vocab, n_tokens, o->n_batch) : decode_generation(ctx, vocab, 1);
    double rates[MAX_REPS];
    for (int rep = 0; status == 0 && rep < o->reps; rep++) {
        llama_memory_clear(llama_get_memory(ctx), true);
        double start = now_seconds();
        status = is_prompt ? decode_prompt(ctx, vocab, n_tokens, o->n_batch) : decode_generation(ctx, vocab, n_tokens);
        rates[rep] = (double) n_tokens / (now_seconds() - start);
    }
    llama_free(ctx);
    if (status != 0) {
        fprintf(stderr, "harness: llama_decode failed during %s%d\n", is_prompt ? "pp" : "tg", n_tokens);
        return -1;
    }

    double mean = 0.0;
    for (int rep = 0; rep < o->reps; rep++) {
        mean += rates[rep];
    }
    mean /= o->reps;
    double squares = 0.0;
    for (int rep = 0; rep < o->reps; rep++) {
        squares += (rates[rep] - mean) * (rates[rep] - mean);
    }
    double sd = o->reps > 1 ? sqrt(squares / (o->reps - 1)) : 0.0;

    printf("%s%d %.3f %.3f", is_prompt ? "pp" : "tg", n_tokens, mean, sd);
    for (int rep = 0; rep < o->reps; rep++) {
        printf(" %.3f", rates[rep]);
    }
    printf("\n");
    fflush(stdout);
    return 0;
}

static int parse_int(const char * text, const char * name, int minimum, int maximum) {
    char * end = NULL;
    long value = strtol(text, &end, 10);
    if (end == text || *end != '\0' || value < minimum || value > maximum) {
        fprintf(stderr, "harness: %s must be a whole number from %d to %d, got '%s'\n", name, minimum, maximum, text);
        exit(2);
    }
    return (int) value;
}

static void usage(void) {
    fprintf(stderr,
        "usage: harness -m MODEL.gguf -l LIB_DIR [-p 512] [-n 128] [-r 5] [-t THREADS] [-b 2048] [-ub 512]\n"
        "       harness -d   (print the default parameters and struct sizes, then exit)\n"
        "  -p 0 or -n 0 skips that test; THREADS defaults to the number of online processors.\n");
}

/* One "default <field> <value>" line per scalar field, as the library's *_default_params() fill them. */
static void print_defaults(void) {
    struct llama_context_params c = llama_context_default_params();
    struct llama_model_params m = llama_model_default_params();
    printf("default context.size %zu\n", sizeof(c));
    printf("default context.n_ctx %u\ndefault context.n_batch %u\ndefault context.n_ubatch %u\n", c.n_ctx, c.n_batch, c.n_ubatch);
    printf("default context.n_seq_max %u\ndefault context.n_rs_seq %u\ndefault context.n_outputs_max %u\n", c.n_seq_max, c.n_rs_seq, c.n_outputs_max);
    printf("default context.n_threads %d\ndefault context.n_threads_batch %d\n", c.n_threads, c.n_threads_batch);
    printf("default context.ctx_type %d\ndefault context.rope_scaling_type %d\ndefault context.pooling_type %d\n", (int) c.ctx_type, (int) c.rope_scaling_type, (int) c.pooling_type);
    printf("default context.attention_type %d\ndefault context.flash_attn_type %d\n", (int) c.attention_type, (int) c.flash_attn_type);
    printf("default context.rope_freq_base %g\ndefault context.rope_freq_scale %g\ndefault context.yarn_ext_factor %g\n", c.rope_freq_base, c.rope_freq_scale, c.yarn_ext_factor);
    printf("default context.yarn_attn_factor %g\ndefault context.yarn_beta_fast %g\ndefault context.yarn_beta_slow %g\n", c.yarn_attn_factor, c.yarn_beta_fast, c.yarn_beta_slow);
    printf("default context.yarn_orig_ctx %u\ndefault context.defrag_thold %g\n", c.yarn_orig_ctx, c.defrag_thold);
    printf("default context.type_k %d\ndefault context.type_v %d\n", (int) c.type_k, (int) c.type_v);
    printf("default context.embeddings %d\ndefault context.offload_kqv %d\ndefault context.no_perf %d\n", c.embeddings, c.offload_kqv, c.no_perf);
    printf("default context.op_offload %d\ndefault context.swa_full %d\ndefault context.kv_unified %d\n", c.op_offload, c.swa_full, c.kv_unified);
    printf("default context.n_samplers %zu\n", c.n_samplers);
    printf("default model.size %zu\n", sizeof(m));
    printf("default model.n_gpu_layers %d\ndefault model.split_mode %d\ndefault model.load_mode %d\n", m.n_gpu_layers, (int) m.split_mode, (int) m.load_mode);
    printf("default model.main_gpu %d\n", m.main_gpu);
    printf("default model.vocab_only %d\ndefault model.check_tensors %d\ndefault model.use_extra_bufts %d\n", m.vocab_only, m.check_tensors, m.use_extra_bufts);
    printf("default model.no_host %d\ndefault model.no_alloc %d\ndefault model.load_mtp %d\n", m.no_host, m.no_alloc, m.load_mtp);
}

int main(int argc, char ** argv) {
    struct options o = { NULL, NULL, 512, 128, 5, (int) sysconf(_SC_NPROCESSORS_ONLN), 2048, 512 };
    if (argc == 2 && strcmp(argv[1], "-d") == 0) {
        print_defaults();
        return 0;
    }
    for (int i = 1; i < argc; i++) {
        const char * arg = argv[i];
        if (i + 1 >= argc) {
            usage();
            return 2;
        }
        const char * value = argv[++i];
        if (strcmp(arg, "-m") == 0) {
            o.model = value;
        } else if (strcmp(arg, "-l") == 0) {
            o.lib_dir = value;
        } else if (strcmp(arg, "-p") == 0) {
            o.n_prompt = parse_int(value, "-p", 0, 1 << 20);
        } else if (strcmp(arg, "-n") == 0) {
            o.n_gen = parse_int(value, "-n", 0, 1 << 20);
        } else if (strcmp(arg, "-r") == 0) {
            o.reps = parse_int(value, "-r", 1, MAX_REPS);
        } else if (strcmp(arg, "-t") == 0) {
            o.threads = parse_int(value, "-t", 1, 1024);
        } else if (strcmp(arg, "-b") == 0) {
            o.n_batch = parse_int(value, "-b", 1, 1 << 20);
        } else if (strcmp(arg, "-ub") == 0) {
            o.n_ubatch = parse_int(value, "-ub", 1, 1 << 20);
        } else {
            usage();
            return 2;
        }
    }
    if (o.model == NULL || o.lib_dir == NULL) {
        usage();
        return 2;
    }

    llama_log_set(quiet_log, NULL);
#ifndef SLMGUIDE_LLAMASHARP
    ggml_backend_load_all_from_path(o.lib_dir);
#endif
    llama_backend_init();

    struct llama_model_params mparams = llama_model_default_params();
    mparams.n_gpu_layers = 0;
    double load_start = now_seconds();
    struct llama_model * model = llama_model_load_from_file(o.model, mparams);
    double load_seconds = now_seconds() - load_start;
    if (model == NULL) {
        fprintf(stderr, "harness: %s: llama.cpp could not load the model\n", o.model);
        return 1;
    }

    char description[256];
    llama_model_desc(model, description, sizeof(description));
    printf("# model %s\n", o.model);
    printf("# description %s\n", description);
    printf("# parameters %llu\n", (unsigned long long) llama_model_n_params(model));
#ifdef SLMGUIDE_LLAMASHARP
    printf("# llama.cpp commit %s (LLamaSharp's build)\n", ggml_commit());
#else
    printf("# llama.cpp %s\n", llama_version());
#endif
    printf("# threads %d batch %d ubatch %d reps %d\n", o.threads, o.n_batch, o.n_ubatch, o.reps);
    printf("# load_seconds %.3f\n", load_seconds);
    printf("# test mean_tps sd_tps samples_tps...\n");

    int failed = 0;
    if (o.n_prompt > 0) {
        failed |= run_test(model, &o, 1) != 0;
    }
    if (o.n_gen > 0) {
        failed |= run_test(model, &o, 0) != 0;
    }
    llama_model_free(model);
    llama_backend_free();
    return failed ? 1 : 0;
}
