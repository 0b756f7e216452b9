#!/usr/bin/env python3
"""Independent float64 reference of GPT-J for Tandem's exactness tests.

Written from the Hugging Face `GPTJForCausalLM` semantics (not from Tandem's graphs): token
embedding, no position embedding; each block x = x + attn(ln_1(x)) + mlp(ln_1(x)); attention
without biases, rotary rotate-every-two on the first rotary_dim dims of each head (base 10000),
scale 1/sqrt(head_dim); MLP fc_in -> gelu_new (tanh form) -> fc_out with biases; ln_f; untied
lm_head with bias. Plus Tandem's batch semantics: UL2 prefix-LM mask (key j visible to query i
when same segment and (j <= i or prefix_mask[j])) and packed segments (positions restart where
the segment id changes). Loss: mean cross-entropy over labels != -100, logits[t] vs labels[t+1].

Usage (same contract as `tandem model grad`):
  /usr/bin/python3 gptj_reference.py --model DIR --batch BATCH.json --out OUT.safetensors

Needs only torch (1.13 works); safetensors are read and written by the small codec below.
"""
import argparse
import json
import math
import os
import struct
import sys

import torch

IGNORE_INDEX = -100

# ---------------------------------------------------------------------------------------------
# safetensors: 8-byte little-endian header length, JSON header, then the raw little-endian data.

_DTYPES = {
    'F64': torch.float64,
    'F32': torch.float32,
    'F16': torch.float16,
    'BF16': torch.bfloat16,
    'I64': torch.int64,
    'I32': torch.int32,
    'I16': torch.int16,
    'U8': torch.uint8,
    'I8': torch.int8,
    'BOOL': torch.bool,
}
_NAMES = {v: k for k, v in _DTYPES.items()}


def read_safetensors(path):
    """Returns ({name: tensor}, metadata) with each tensor in its stored dtype."""
    with open(path, 'rb') as f:
        data = f.read()
    (n,) = struct.unpack('<Q', data[:8])
    if n > len(data) - 8:
        raise ValueError(f'{path}: header length {n} runs past the end of the file')
    header = json.loads(data[8:8 + n].decode('utf-8'))
    body = memoryview(data)[8 + n:]
    meta = header.pop('__metadata__', None)
    out = {}
    for name, info in header.items():
        dtype = _DTYPES[info['dtype']]
        begin, end = info['data_offsets']
        raw = bytearray(body[begin:end])
        t = torch.frombuffer(raw, dtype=dtype) if end > begin else torch.empty(0, dtype=dtype)
        out[name] = t.reshape(info['shape']).clone()
    return out, meta


def write_safetensors(path, tensors, metadata=None):
    """Writes {name: tensor} in insertion order (little-endian, as the format requires)."""
    assert sys.byteorder == 'little'
    header = {}
    chunks = []
    offset = 0
    for name, t in tensors.items():
        t = t.detach().contiguous().cpu()
        if t.dtype == torch.bfloat16:
            raw = t.view(torch.int16).numpy().tobytes()
        else:
            raw = t.numpy().tobytes()
        header[name] = {'dtype': _NAMES[t.dtype], 'shape': list(t.shape),
                        'data_offsets': [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    if metadata is not None:
        header['__metadata__'] = metadata
    h = json.dumps(header, separators=(',', ':')).encode('utf-8')
    h += b' ' * ((8 - len(h) % 8) % 8)  # the data section starts 8-byte aligned
    tmp = path + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(struct.pack('<Q', len(h)))
        f.write(h)
        for c in chunks:
            f.write(c)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# Hugging Face GPT-J folder

class Config:
    def __init__(self, d):
        if d.get('model_type') != 'gptj':
            raise ValueError(f"config.json model_type is {d.get('model_type')!r}, expected 'gptj'")
        self.vocab_size = d['vocab_size']
        self.n_embd = d['n_embd']
        self.n_layer = d['n_layer']
        self.n_head = d['n_head']
        self.rotary_dim = d['rotary_dim']
        self.n_inner = d.get('n_inner') or 4 * self.n_embd
        self.layer_norm_epsilon = d['layer_norm_epsilon']
        self.head_dim = self.n_embd // self.n_head


def param_names(cfg):
    names = ['transformer.wte.weight']
    for i in range(cfg.n_layer):
        p = f'transformer.h.{i}.'
        names += [p + 'ln_1.weight', p + 'ln_1.bias', p + 'attn.q_proj.weight', p + 'attn.k_proj.weight',
                  p + 'attn.v_proj.weight', p + 'attn.out_proj.weight', p + 'mlp.fc_in.weight',
                  p + 'mlp.fc_in.bias', p + 'mlp.fc_out.weight', p + 'mlp.fc_out.bias']
    names += ['transformer.ln_f.weight', 'transformer.ln_f.bias', 'lm_head.weight', 'lm_head.bias']
    return names


def load_hf_folder(folder):
    """Reads config.json and model.safetensors (or the sharded index) into float64 tensors."""
    with open(os.path.join(folder, 'config.json')) as f:
        cfg = Config(json.load(f))
    single = os.path.join(folder, 'model.safetensors')
    tensors = {}
    if os.path.exists(single):
        tensors, _ = read_safetensors(single)
    else:
        with open(os.path.join(folder, 'model.safetensors.index.json')) as f:
            index = json.load(f)
        for shard in sorted(set(index['weight_map'].values())):
            t, _ = read_safetensors(os.path.join(folder, shard))
            tensors.update(t)
    params = {}
    for name in param_names(cfg):
        params[name] = tensors[name].to(torch.float64)
    return cfg, params


# ---------------------------------------------------------------------------------------------
# The model, in float64

def gelu_new(x):
    """GELU, tanh approximation (Hugging Face `gelu_new`, GPT-2/GPT-J)."""
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


def layer_norm(x, w, b, eps):
    mean = x.mean(-1, keepdim=True)
    var = ((x - mean) ** 2).mean(-1, keepdim=True)  # biased, like torch.nn.LayerNorm
    return (x - mean) / torch.sqrt(var + eps) * w + b


def positions_from_segments(segment_ids):
    """[B, T] positions that restart at 0 wherever the segment id changes."""
    B, T = segment_ids.shape
    pos = torch.zeros(B, T, dtype=torch.int64)
    for b in range(B):
        for t in range(1, T):
            pos[b, t] = 0 if segment_ids[b, t] != segment_ids[b, t - 1] else pos[b, t - 1] + 1
    return pos


def attention_allowed(segment_ids, prefix_mask):
    """[B, T, T] bool: query i may see key j when same segment and (j <= i or prefix_mask[j])."""
    T = segment_ids.shape[1]
    i = torch.arange(T)[:, None]
    j = torch.arange(T)[None, :]
    same = segment_ids[:, :, None] == segment_ids[:, None, :]
    return same & ((j <= i)[None] | prefix_mask[:, None, :].bool())


def rotary(x, pos, rotary_dim):
    """Rotate-every-two on the first rotary_dim dims of each head. x [B, T, H, D], pos [B, T].

    Pairs (x[2k], x[2k+1]) turn by the angle pos * 10000^(-2k / rotary_dim), as in Hugging Face's
    `apply_rotary_pos_emb` with `rotate_every_two` (GPT-J), not GPT-NeoX's rotate-half.
    """
    inv_freq = 1.0 / (10000.0 ** (torch.arange(0, rotary_dim, 2, dtype=torch.float64) / rotary_dim))
    ang = pos.to(torch.float64)[:, :, None] * inv_freq[None, None, :]  # [B, T, rd/2]
    cos = torch.cos(ang)[:, :, None, :]  # [B, T, 1, rd/2]
    sin = torch.sin(ang)[:, :, None, :]
    xr = x[..., :rotary_dim]
    even, odd = xr[..., 0::2], xr[..., 1::2]
    rot = torch.stack([even * cos - odd * sin, odd * cos + even * sin], dim=-1).flatten(-2)
    return torch.cat([rot, x[..., rotary_dim:]], dim=-1)


def block(cfg, p, i, x, pos, allowed):
    pre = f'transformer.h.{i}.'
    B, T, C = x.shape
    H, D = cfg.n_head, cfg.head_dim
    h = layer_norm(x, p[pre + 'ln_1.weight'], p[pre + 'ln_1.bias'], cfg.layer_norm_epsilon)
    # attention: Linear weights are [out, in]
    q = (h @ p[pre + 'attn.q_proj.weight'].T).view(B, T, H, D)
    k = (h @ p[pre + 'attn.k_proj.weight'].T).view(B, T, H, D)
    v = (h @ p[pre + 'attn.v_proj.weight'].T).view(B, T, H, D)
    q = rotary(q, pos, cfg.rotary_dim)
    k = rotary(k, pos, cfg.rotary_dim)
    q, k, v = q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2)  # [B, H, T, D]
    scores = (q @ k.transpose(-1, -2)) / math.sqrt(D)  # [B, H, T, T]
    scores = scores.masked_fill(~allowed[:, None, :, :], float('-inf'))
    att = torch.softmax(scores, dim=-1) @ v  # [B, H, T, D]
    att = att.transpose(1, 2).reshape(B, T, C) @ p[pre + 'attn.out_proj.weight'].T
    # MLP from the same ln_1 output (parallel residual)
    m = gelu_new(h @ p[pre + 'mlp.fc_in.weight'].T + p[pre + 'mlp.fc_in.bias'])
    m = m @ p[pre + 'mlp.fc_out.weight'].T + p[pre + 'mlp.fc_out.bias']
    return x + att + m


def forward(cfg, p, input_ids, segment_ids, prefix_mask):
    """Returns logits [B, T, V]."""
    pos = positions_from_segments(segment_ids)
    allowed = attention_allowed(segment_ids, prefix_mask)
    x = p['transformer.wte.weight'][input_ids]  # [B, T, C]
    for i in range(cfg.n_layer):
        x = block(cfg, p, i, x, pos, allowed)
    x = layer_norm(x, p['transformer.ln_f.weight'], p['transformer.ln_f.bias'], cfg.layer_norm_epsilon)
    return x @ p['lm_head.weight'].T + p['lm_head.bias']


def loss_fn(logits, labels):
    """Mean cross-entropy over labels != -100 with the Hugging Face shift (logits[t] vs labels[t+1])."""
    lg = logits[:, :-1, :].reshape(-1, logits.shape[-1])
    lb = labels[:, 1:].reshape(-1)
    keep = lb != IGNORE_INDEX
    if int(keep.sum()) == 0:
        raise ValueError('the batch has no label other than -100 after the shift')
    logp = lg[keep] - torch.logsumexp(lg[keep], dim=-1, keepdim=True)
    return -logp.gather(1, lb[keep][:, None]).mean()


def read_batch(path_or_dict):
    """BATCH.json -> tensors. prefix_lengths (per row) or prefix_mask (per token, Tandem's general form)."""
    if isinstance(path_or_dict, dict):
        d = path_or_dict
    else:
        with open(path_or_dict) as f:
            d = json.load(f)
    input_ids = torch.tensor(d['input_ids'], dtype=torch.int64)
    labels = torch.tensor(d['labels'], dtype=torch.int64)
    B, T = input_ids.shape
    segment_ids = torch.tensor(d['segment_ids'], dtype=torch.int64) if 'segment_ids' in d else torch.zeros(B, T, dtype=torch.int64)
    if 'prefix_mask' in d:
        prefix_mask = torch.tensor(d['prefix_mask'], dtype=torch.bool)
    elif 'prefix_lengths' in d:
        pl = torch.tensor(d['prefix_lengths'], dtype=torch.int64)
        prefix_mask = torch.arange(T)[None, :] < pl[:, None]
    else:
        prefix_mask = torch.zeros(B, T, dtype=torch.bool)
    return input_ids, labels, segment_ids, prefix_mask


def model_grad(cfg, params, batch):
    """(loss, logits, {name: grad}) in float64, like `tandem model grad`."""
    input_ids, labels, segment_ids, prefix_mask = batch
    p = {k: v.detach().clone().requires_grad_(True) for k, v in params.items()}
    logits = forward(cfg, p, input_ids, segment_ids, prefix_mask)
    loss = loss_fn(logits, labels)
    loss.backward()
    return loss.detach(), logits.detach(), {k: v.grad for k, v in p.items()}


def grad_tensors(cfg, loss, logits, grads, dtype=torch.float32):
    out = {'loss': loss.to(dtype).reshape(()), 'logits': logits.to(dtype)}
    for name in param_names(cfg):
        out['grad.' + name] = grads[name].to(dtype)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--model', required=True, help='Hugging Face GPT-J folder')
    ap.add_argument('--batch', required=True, help='BATCH.json')
    ap.add_argument('--out', required=True, help='output .safetensors: loss, logits, grad.<name>')
    ap.add_argument('--dtype', default='F32', choices=['F32', 'F64'])
    a = ap.parse_args()
    cfg, params = load_hf_folder(a.model)
    loss, logits, grads = model_grad(cfg, params, read_batch(a.batch))
    write_safetensors(a.out, grad_tensors(cfg, loss, logits, grads, _DTYPES[a.dtype]))
    print(f'loss {loss.item():.10f}')


if __name__ == '__main__':
    main()
