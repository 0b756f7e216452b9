#!/usr/bin/env python3
"""Checks the reference against facts that do not come from the reference itself.

  /usr/bin/python3 packages/model/reference/test_reference.py

Hand-computed rotary, published gelu_new values, a uniform model's loss = ln(V), a hand-written
mask, packing = running each segment alone, prefix visibility, autograd = finite differences,
and the safetensors codec against bytes written by hand.
"""
import json
import math
import os
import struct
import tempfile
import unittest

import torch

import gptj_reference as ref
import make_fixtures

torch.set_default_dtype(torch.float64)


def micro(seed=1):
    cfg = ref.Config(make_fixtures.CONFIG)
    params = {k: v.to(torch.float64) for k, v in make_fixtures.micro_params(cfg, seed).items()}
    return cfg, params


class Rotary(unittest.TestCase):
    def test_hand_computed_4_dims(self):
        # x = [1, 2, 3, 4] at position 1, rotary_dim 4: pair 0 turns by 1 rad, pair 1 by
        # 1 * 10000^(-2/4) = 0.01 rad; out[2k] = x[2k] cos - x[2k+1] sin, out[2k+1] = x[2k+1] cos + x[2k] sin.
        c1, s1 = 0.5403023058681398, 0.8414709848078965  # cos(1), sin(1)
        c2, s2 = 0.9999500004166653, 0.009999833334166664  # cos(0.01), sin(0.01)
        want = [1 * c1 - 2 * s1, 2 * c1 + 1 * s1, 3 * c2 - 4 * s2, 4 * c2 + 3 * s2]
        self.assertAlmostEqual(want[0], -1.1426396637476532, places=15)
        x = torch.tensor([1.0, 2.0, 3.0, 4.0]).view(1, 1, 1, 4)
        got = ref.rotary(x, torch.tensor([[1]]), 4).flatten().tolist()
        for g, w in zip(got, want):
            self.assertAlmostEqual(g, w, places=14)

    def test_position_zero_is_identity_and_tail_untouched(self):
        x = torch.randn(1, 1, 1, 6)
        self.assertTrue(torch.equal(ref.rotary(x, torch.tensor([[0]]), 4), x))
        y = ref.rotary(x, torch.tensor([[5]]), 4)
        self.assertTrue(torch.equal(y[..., 4:], x[..., 4:]))

    def test_scores_depend_only_on_relative_position(self):
        q, k = torch.randn(1, 1, 1, 8), torch.randn(1, 1, 1, 8)

        def score(m, n):
            return (ref.rotary(q, torch.tensor([[m]]), 8) * ref.rotary(k, torch.tensor([[n]]), 8)).sum().item()

        self.assertAlmostEqual(score(3, 1), score(9, 7), places=12)
        self.assertAlmostEqual(score(0, 5), score(2, 7), places=12)

    def test_equals_complex_multiplication(self):
        # rotate-every-two: the pair (x[2k], x[2k+1]) is the complex number x[2k] + i x[2k+1] times e^{i pos theta_k}
        x = torch.randn(1, 1, 1, 8)
        pos = 7
        theta = torch.tensor([10000 ** (-2 * k / 8) for k in range(4)])
        z = torch.complex(x[0, 0, 0, 0::2], x[0, 0, 0, 1::2]) * torch.exp(1j * pos * theta)
        want = torch.stack([z.real, z.imag], -1).flatten()
        self.assertTrue(torch.allclose(ref.rotary(x, torch.tensor([[pos]]), 8).flatten(), want, atol=1e-14))


class Activations(unittest.TestCase):
    def test_gelu_new_published_values(self):
        # tanh-approximate GELU (Hendrycks & Gimpel; torch.nn.functional.gelu(approximate='tanh'))
        self.assertAlmostEqual(ref.gelu_new(torch.tensor(1.0)).item(), 0.8411919906082768, places=14)
        self.assertAlmostEqual(ref.gelu_new(torch.tensor(-1.0)).item(), -0.15880800939172324, places=14)
        x = torch.linspace(-6, 6, 101)
        self.assertTrue(torch.allclose(ref.gelu_new(x), torch.nn.functional.gelu(x, approximate='tanh'), atol=1e-14))

    def test_layer_norm_matches_torch(self):
        x, w, b = torch.randn(3, 16), torch.randn(16), torch.randn(16)
        self.assertTrue(torch.allclose(ref.layer_norm(x, w, b, 1e-5),
                                       torch.nn.functional.layer_norm(x, (16,), w, b, 1e-5), atol=1e-12))


class Masking(unittest.TestCase):
    def test_hand_written_mask(self):
        seg = torch.tensor([[0, 0, 0, 1, 1]])
        pm = torch.tensor([[1, 1, 0, 1, 0]])
        want = torch.tensor([
            [1, 1, 0, 0, 0],  # prefix token 0 sees the whole prefix of its segment
            [1, 1, 0, 0, 0],
            [1, 1, 1, 0, 0],
            [0, 0, 0, 1, 0],  # new segment: sees nothing of segment 0
            [0, 0, 0, 1, 1],
        ], dtype=torch.bool)
        self.assertTrue(torch.equal(ref.attention_allowed(seg, pm)[0], want))
        self.assertEqual(ref.positions_from_segments(seg).tolist(), [[0, 1, 2, 0, 1]])

    def test_packed_row_equals_segments_alone(self):
        cfg, p = micro()
        ids = torch.tensor([[5, 9, 33, 2, 71, 70, 12]])
        seg = torch.tensor([[4, 4, 4, 1, 1, 1, 1]])
        pm = torch.tensor([[1, 0, 0, 1, 1, 0, 0]])
        packed = ref.forward(cfg, p, ids, seg, pm)
        a = ref.forward(cfg, p, ids[:, :3], torch.zeros(1, 3, dtype=torch.int64), pm[:, :3])
        b = ref.forward(cfg, p, ids[:, 3:], torch.zeros(1, 4, dtype=torch.int64), pm[:, 3:])
        self.assertTrue(torch.allclose(packed, torch.cat([a, b], 1), atol=1e-12))

    def test_prefix_is_bidirectional_and_the_rest_causal(self):
        cfg, p = micro()
        ids = torch.tensor([[5, 9, 33, 2, 71, 70]])
        seg = torch.zeros(1, 6, dtype=torch.int64)
        pm = torch.tensor([[1, 1, 1, 0, 0, 0]])
        base = ref.forward(cfg, p, ids, seg, pm)
        ids2 = ids.clone()
        ids2[0, 2] = 60  # a prefix token: every position sees it
        changed = (ref.forward(cfg, p, ids2, seg, pm) - base).abs().amax(-1)[0]
        self.assertTrue(bool((changed > 1e-6).all()))
        ids3 = ids.clone()
        ids3[0, 4] = 60  # after the prefix: only positions >= 4 change
        changed = (ref.forward(cfg, p, ids3, seg, pm) - base).abs().amax(-1)[0]
        self.assertEqual((changed > 1e-9).tolist(), [False, False, False, False, True, True])


class Loss(unittest.TestCase):
    def test_uniform_model_loss_is_log_vocab(self):
        cfg, p = micro()
        p['lm_head.weight'].zero_()
        p['lm_head.bias'].zero_()
        batch = ref.read_batch({'input_ids': [[1, 2, 3, 4]], 'labels': [[-100, 2, -100, 4]]})
        loss, _, _ = ref.model_grad(cfg, p, batch)
        self.assertAlmostEqual(loss.item(), math.log(cfg.vocab_size), places=12)

    def test_shift_and_ignore_match_torch_cross_entropy(self):
        logits = torch.randn(2, 5, 7)
        labels = torch.tensor([[-100, 3, 1, -100, 6], [0, 0, -100, 2, 5]])
        want = torch.nn.functional.cross_entropy(logits[:, :-1].reshape(-1, 7), labels[:, 1:].reshape(-1), ignore_index=-100)
        self.assertAlmostEqual(ref.loss_fn(logits, labels).item(), want.item(), places=12)


class Gradients(unittest.TestCase):
    def test_autograd_matches_central_differences(self):
        cfg, p = micro(seed=3)
        batch = ref.read_batch(make_fixtures.CASES['packed-prefix-mask'])
        _, _, grads = ref.model_grad(cfg, p, batch)
        g = torch.Generator().manual_seed(0)
        for name in ['transformer.wte.weight', 'transformer.h.0.ln_1.bias', 'transformer.h.1.attn.q_proj.weight',
                     'transformer.h.2.attn.k_proj.weight', 'transformer.h.3.mlp.fc_in.bias', 'lm_head.bias']:
            for _ in range(3):
                idx = int(torch.randint(p[name].numel(), (1,), generator=g))
                if name == 'transformer.wte.weight':  # pick a row of a token that occurs
                    idx = int(batch[0][0, 1]) * cfg.n_embd + idx % cfg.n_embd
                h = 1e-6
                flat = p[name].view(-1)
                old = flat[idx].item()
                flat[idx] = old + h
                up = ref.loss_fn(ref.forward(cfg, p, *batch[::2], batch[3]), batch[1]).item()
                flat[idx] = old - h
                down = ref.loss_fn(ref.forward(cfg, p, *batch[::2], batch[3]), batch[1]).item()
                flat[idx] = old
                fd = (up - down) / (2 * h)
                self.assertAlmostEqual(grads[name].view(-1)[idx].item(), fd, delta=1e-7 + 1e-6 * abs(fd), msg=name)


class Safetensors(unittest.TestCase):
    def test_reads_hand_written_bytes(self):
        header = b'{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"__metadata__":{"k":"v"}}'
        data = struct.pack('<Q', len(header)) + header + struct.pack('<2f', 1.5, -2.0)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, 'x.safetensors')
            with open(path, 'wb') as f:
                f.write(data)
            tensors, meta = ref.read_safetensors(path)
        self.assertEqual(tensors['a'].tolist(), [1.5, -2.0])
        self.assertEqual(meta, {'k': 'v'})

    def test_round_trip_all_float_dtypes(self):
        t = {'f32': torch.randn(3, 2).float(), 'f16': torch.randn(5).half(), 'bf16': torch.randn(2, 2).bfloat16(),
             'scalar': torch.tensor(3.25, dtype=torch.float32)}
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, 'x.safetensors')
            ref.write_safetensors(path, t, {'format': 'pt'})
            back, meta = ref.read_safetensors(path)
            with open(path, 'rb') as f:
                (n,) = struct.unpack('<Q', f.read(8))
                self.assertEqual(n % 8, 0)
                self.assertIn('__metadata__', json.loads(f.read(n)))
        for k in t:
            self.assertTrue(torch.equal(back[k], t[k]), k)
            self.assertEqual(back[k].dtype, t[k].dtype)
        self.assertEqual(meta, {'format': 'pt'})


if __name__ == '__main__':
    unittest.main()
