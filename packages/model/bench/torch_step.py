#!/usr/bin/env python3
"""PyTorch CPU baseline for `tandem bench model`: one training step (forward, backward, AdamW)
of the same GPT-J preset, batch and sequence length, with the same thread count, in float32.

Written plainly with torch.nn (the way one would train GPT-J in PyTorch on a CPU): parallel
residual block, rotary on the first rotary_dim dims of each head, gelu_new, untied lm_head,
causal mask, mean cross-entropy with the shift. Prints one JSON line.

  /usr/bin/python3 packages/model/bench/torch_step.py --preset small --batch 4 --seq 512 --threads 2
"""
import argparse
import json
import math
import resource
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

PRESETS = {
    'tiny': dict(vocab=50400, n_embd=64, n_layer=4, n_head=4, rotary_dim=8, n_inner=256),
    'small': dict(vocab=50400, n_embd=512, n_layer=8, n_head=8, rotary_dim=32, n_inner=2048),
}


def rotate_every_two(x):
    x1 = x[..., ::2]
    x2 = x[..., 1::2]
    return torch.stack((-x2, x1), dim=-1).flatten(-2)


class Block(nn.Module):
    def __init__(self, c, h, rd, inner):
        super().__init__()
        self.h, self.d, self.rd = h, c // h, rd
        self.ln_1 = nn.LayerNorm(c, eps=1e-5)
        self.q_proj = nn.Linear(c, c, bias=False)
        self.k_proj = nn.Linear(c, c, bias=False)
        self.v_proj = nn.Linear(c, c, bias=False)
        self.out_proj = nn.Linear(c, c, bias=False)
        self.fc_in = nn.Linear(c, inner)
        self.fc_out = nn.Linear(inner, c)

    def rotary(self, x, sin, cos):
        r, p = x[..., : self.rd], x[..., self.rd :]
        return torch.cat((r * cos + rotate_every_two(r) * sin, p), dim=-1)

    def forward(self, x, sin, cos, mask):
        b, t, c = x.shape
        h = self.ln_1(x)
        q = self.rotary(self.q_proj(h).view(b, t, self.h, self.d), sin, cos).transpose(1, 2)
        k = self.rotary(self.k_proj(h).view(b, t, self.h, self.d), sin, cos).transpose(1, 2)
        v = self.v_proj(h).view(b, t, self.h, self.d).transpose(1, 2)
        w = (q @ k.transpose(-1, -2)) / math.sqrt(self.d)
        w = w.masked_fill(~mask, torch.finfo(w.dtype).min).softmax(-1)
        a = (w @ v).transpose(1, 2).reshape(b, t, c)
        m = self.fc_out(F.gelu(self.fc_in(h), approximate='tanh'))
        return x + self.out_proj(a) + m


class GPTJ(nn.Module):
    def __init__(self, vocab, n_embd, n_layer, n_head, rotary_dim, n_inner):
        super().__init__()
        self.rd = rotary_dim
        self.wte = nn.Embedding(vocab, n_embd)
        self.h = nn.ModuleList(Block(n_embd, n_head, rotary_dim, n_inner) for _ in range(n_layer))
        self.ln_f = nn.LayerNorm(n_embd, eps=1e-5)
        self.lm_head = nn.Linear(n_embd, vocab)

    def forward(self, ids, labels):
        b, t = ids.shape
        inv = 1.0 / (10000 ** (torch.arange(0, self.rd, 2).float() / self.rd))
        ang = torch.arange(t).float()[:, None] * inv[None, :]
        sin = ang.sin().repeat_interleave(2, -1)[None, :, None, :]
        cos = ang.cos().repeat_interleave(2, -1)[None, :, None, :]
        mask = torch.ones(t, t, dtype=torch.bool).tril()
        x = self.wte(ids)
        for blk in self.h:
            x = blk(x, sin, cos, mask)
        logits = self.lm_head(self.ln_f(x))
        return F.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), labels[:, 1:].reshape(-1), ignore_index=-100)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--preset', default='small', choices=sorted(PRESETS))
    ap.add_argument('--batch', type=int, default=4)
    ap.add_argument('--seq', type=int, default=512)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--steps', type=int, default=3)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    model = GPTJ(**PRESETS[a.preset])
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4)
    ids = torch.randint(0, 50257, (a.batch, a.seq))
    labels = ids.clone()
    times, fb, cpu = [], [], []
    for step in range(a.steps + 1):
        t0 = time.perf_counter()
        c0 = time.process_time()
        opt.zero_grad(set_to_none=True)
        loss = model(ids, labels)
        loss.backward()
        t1 = time.perf_counter()
        opt.step()
        t2 = time.perf_counter()
        c2 = time.process_time()
        if step > 0:
            cpu.append(c2 - c0)
            times.append(t2 - t0)
            fb.append(t1 - t0)
    times.sort()
    fb.sort()
    cpu.sort()
    med = times[len(times) // 2]
    print(json.dumps({
        'framework': f'pytorch {torch.__version__}',
        'preset': a.preset, 'batch': a.batch, 'seq': a.seq, 'threads': a.threads,
        'stepMs': med * 1000, 'forwardBackwardMs': fb[len(fb) // 2] * 1000,
        'tokensPerSec': a.batch * a.seq / med,
        'cpuMsPerStep': cpu[len(cpu) // 2] * 1000,
        'peakRssMiB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        'loss': loss.item(),
    }))


if __name__ == '__main__':
    main()
