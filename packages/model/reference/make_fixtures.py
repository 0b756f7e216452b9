#!/usr/bin/env python3
"""Regenerates the golden fixtures in packages/model/test/fixtures/gptj-micro/ (deterministic).

  /usr/bin/python3 packages/model/reference/make_fixtures.py [--out DIR]   (default: test/fixtures)

A micro GPT-J (vocab 97, n_embd 16, 4 layers, 2 heads, rotary_dim 4, n_inner 64) with weights
drawn wider than GPT-J's initialisation (so every path carries signal: non-trivial LayerNorm
affine, biases, attention that is far from uniform), three batches (B=2, T=8), and for each the
float64 reference's loss, logits and every parameter gradient, stored as F32 safetensors.
The same weights are also written as an F16 folder and a sharded BF16 folder (with the old
checkpoints' attention buffers) so the TypeScript reader is tested on files it did not write.
"""
import argparse
import json
import os

import torch

import gptj_reference as ref

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, '..', 'test', 'fixtures')

CONFIG = {
    'architectures': ['GPTJForCausalLM'],
    'model_type': 'gptj',
    'vocab_size': 97,
    'n_positions': 64,
    'n_embd': 16,
    'n_layer': 4,
    'n_head': 2,
    'rotary_dim': 4,
    'n_inner': 64,
    'activation_function': 'gelu_new',
    'layer_norm_epsilon': 1e-5,
    'initializer_range': 0.02,
    'bos_token_id': 96,
    'eos_token_id': 96,
    'tie_word_embeddings': False,
    'torch_dtype': 'float32',
}

# Rows of 8 tokens. Labels are the inputs, -100 on prefix tokens and on each segment's first
# token (the position before it belongs to another example and must not predict it).
CASES = {
    # unpacked rows, UL2 prefix of 3 tokens in row 0 and plain causal row 1
    'prefix': {
        'input_ids': [[5, 17, 42, 8, 93, 0, 61, 33], [11, 11, 70, 2, 96, 45, 9, 88]],
        'labels': [[-100, -100, -100, 8, 93, 0, 61, 33], [11, 11, 70, 2, 96, 45, 9, 88]],
        'prefix_lengths': [3, 0],
    },
    # packed rows: positions restart per segment, attention stays inside it; row prefix of 2 / 1
    'packed': {
        'input_ids': [[3, 14, 15, 92, 65, 35, 89, 79], [32, 38, 46, 26, 43, 38, 32, 79]],
        'labels': [[-100, -100, 15, -100, 65, 35, 89, -100], [-100, 38, 46, 26, 43, -100, 32, 79]],
        'segment_ids': [[0, 0, 0, 1, 1, 1, 1, 2], [7, 7, 7, 7, 7, 4, 4, 4]],
        'prefix_lengths': [2, 1],
    },
    # packed rows with a prefix per segment (Tandem's general per-token form, `prefix_mask`)
    'packed-prefix-mask': {
        'input_ids': [[50, 28, 84, 19, 71, 69, 39, 93], [75, 10, 58, 20, 96, 49, 44, 59]],
        'labels': [[-100, -100, 84, 19, -100, -100, 39, 93], [-100, 10, -100, -100, -100, 49, 44, 59]],
        'segment_ids': [[1, 1, 1, 1, 2, 2, 2, 2], [0, 0, 5, 5, 5, 5, 5, 5]],
        'prefix_mask': [[1, 1, 0, 0, 1, 1, 0, 0], [0, 0, 1, 1, 1, 0, 0, 0]],
    },
}


def micro_params(cfg, seed=20240531):
    g = torch.Generator().manual_seed(seed)

    def normal(shape, std, mean=0.0):
        return (torch.randn(*shape, generator=g, dtype=torch.float64) * std + mean).to(torch.float32)

    C, F, V = cfg.n_embd, cfg.n_inner, cfg.vocab_size
    p = {'transformer.wte.weight': normal([V, C], 1.0)}
    for i in range(cfg.n_layer):
        pre = f'transformer.h.{i}.'
        p[pre + 'ln_1.weight'] = normal([C], 0.2, 1.0)
        p[pre + 'ln_1.bias'] = normal([C], 0.2)
        for n in ('q_proj', 'k_proj', 'v_proj', 'out_proj'):
            p[pre + f'attn.{n}.weight'] = normal([C, C], 0.35)
        p[pre + 'mlp.fc_in.weight'] = normal([F, C], 0.3)
        p[pre + 'mlp.fc_in.bias'] = normal([F], 0.2)
        p[pre + 'mlp.fc_out.weight'] = normal([C, F], 0.15)
        p[pre + 'mlp.fc_out.bias'] = normal([C], 0.2)
    p['transformer.ln_f.weight'] = normal([C], 0.2, 1.0)
    p['transformer.ln_f.bias'] = normal([C], 0.2)
    p['lm_head.weight'] = normal([V, C], 0.3)
    p['lm_head.bias'] = normal([V], 0.2)
    return {name: p[name] for name in ref.param_names(cfg)}


def write_folder(folder, config, tensors_by_file, index=None):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'config.json'), 'w') as f:
        json.dump(config, f, indent=2)
        f.write('\n')
    for name, tensors in tensors_by_file.items():
        ref.write_safetensors(os.path.join(folder, name), tensors, {'format': 'pt'})
    if index is not None:
        with open(os.path.join(folder, 'model.safetensors.index.json'), 'w') as f:
            json.dump(index, f, indent=2)
            f.write('\n')


def adamw_fixture(path):
    """torch.optim.AdamW + clip_grad_norm_ + linear warm-up (LambdaLR), 3 steps, float32."""
    g = torch.Generator().manual_seed(7)
    params = {
        'transformer.h.0.attn.q_proj.weight': torch.randn(6, 5, generator=g),
        'transformer.h.0.mlp.fc_in.bias': torch.randn(7, generator=g),
        'transformer.h.0.ln_1.weight': 1 + 0.1 * torch.randn(5, generator=g),
    }
    tensors = {f'param.{k}': v.clone() for k, v in params.items()}
    live = {k: v.clone().requires_grad_(True) for k, v in params.items()}
    decay = [live['transformer.h.0.attn.q_proj.weight']]
    no_decay = [live['transformer.h.0.mlp.fc_in.bias'], live['transformer.h.0.ln_1.weight']]
    opt = torch.optim.AdamW([{'params': decay, 'weight_decay': 0.1}, {'params': no_decay, 'weight_decay': 0.0}],
                            lr=1e-2, betas=(0.9, 0.95), eps=1e-8)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: min(1.0, (e + 1) / 2))  # warm-up over 2 steps
    norms = []
    for step, size in enumerate([0.1, 3.0, 0.5]):  # the second step's norm is clipped to 1
        for k, p in live.items():
            p.grad = torch.randn(p.shape, generator=g) * size
            tensors[f'grad.{step}.{k}'] = p.grad.clone()
        norms.append(float(torch.nn.utils.clip_grad_norm_(list(live.values()), 1.0)))
        opt.step()
        sched.step()
    for k, p in live.items():
        tensors[f'expected.{k}'] = p.detach().clone()
        tensors[f'exp_avg.{k}'] = opt.state[p]['exp_avg'].clone()
        tensors[f'exp_avg_sq.{k}'] = opt.state[p]['exp_avg_sq'].clone()
    tensors['grad_norms'] = torch.tensor(norms)
    ref.write_safetensors(path, tensors, {'generator': 'torch.optim.AdamW (make_fixtures.py)',
                                          'lr': '1e-2', 'betas': '0.9,0.95', 'eps': '1e-8', 'weight_decay': '0.1',
                                          'clip': '1.0', 'warmup_steps': '2'})


def main():
    ap = argparse.ArgumentParser(description='Regenerates the golden fixtures.')
    ap.add_argument('--out', default=FIXTURES, help='fixtures folder (default: packages/model/test/fixtures)')
    fixtures = ap.parse_args().out
    OUT = os.path.join(fixtures, 'gptj-micro')
    os.makedirs(OUT, exist_ok=True)
    adamw_fixture(os.path.join(fixtures, 'adamw-torch.safetensors'))
    cfg = ref.Config(CONFIG)
    params = micro_params(cfg)
    write_folder(os.path.join(OUT, 'model'), CONFIG, {'model.safetensors': params})

    # F16, one file
    f16 = {k: v.to(torch.float16) for k, v in params.items()}
    write_folder(os.path.join(OUT, 'model-f16'), {**CONFIG, 'torch_dtype': 'float16'}, {'model.safetensors': f16})

    # BF16, two shards, with the non-parameter buffers old GPT-J checkpoints carry
    names = list(params)
    half = len(names) // 2
    shards = {'model-00001-of-00002.safetensors': {}, 'model-00002-of-00002.safetensors': {}}
    weight_map = {}
    T = CONFIG['n_positions']
    for k, name in enumerate(names):
        shard = 'model-00001-of-00002.safetensors' if k < half else 'model-00002-of-00002.safetensors'
        shards[shard][name] = params[name].to(torch.bfloat16)
        weight_map[name] = shard
        if name.endswith('ln_1.weight'):
            pre = name[: -len('ln_1.weight')]
            shards[shard][pre + 'attn.bias'] = torch.tril(torch.ones(T, T, dtype=torch.bool)).view(1, 1, T, T)
            shards[shard][pre + 'attn.masked_bias'] = torch.tensor(-1e9)
            weight_map[pre + 'attn.bias'] = shard
            weight_map[pre + 'attn.masked_bias'] = shard
    total = sum(t.numel() * t.element_size() for s in shards.values() for t in s.values())
    write_folder(os.path.join(OUT, 'model-bf16-sharded'), {**CONFIG, 'torch_dtype': 'bfloat16'}, shards,
                 {'metadata': {'total_size': total}, 'weight_map': weight_map})

    os.makedirs(os.path.join(OUT, 'cases'), exist_ok=True)
    for case, batch in CASES.items():
        with open(os.path.join(OUT, 'cases', f'{case}.batch.json'), 'w') as f:
            json.dump(batch, f)
            f.write('\n')
        loss, logits, grads = ref.model_grad(cfg, {k: v.to(torch.float64) for k, v in params.items()},
                                             ref.read_batch(batch))
        ref.write_safetensors(os.path.join(OUT, 'cases', f'{case}.expected.safetensors'),
                              ref.grad_tensors(cfg, loss, logits, grads),
                              {'generator': 'packages/model/reference/gptj_reference.py (float64)'})
        print(f'{case}: loss {loss.item():.8f}')


if __name__ == '__main__':
    main()
