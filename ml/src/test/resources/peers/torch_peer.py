"""The MLP of Quarry's NetworkConfig in PyTorch: standardisation fitted on the training table
(population std), Linear-ReLU hidden layers, a logit output, weighted BCE on logits, Adam, shuffled
mini-batches; averaged over seeds. Prints the mean test AUC as JSON.

usage: torch_peer.py TRAIN TEST LABEL WIDTHS EPOCHS BATCH LR SEED1,SEED2,...
"""
import json
import sys

import numpy as np
import torch

from peer_common import auc, read_table

train, test, label, widths, epochs, batch, lr, seeds = sys.argv[1:9]
torch.set_num_threads(1)
xt, yt, _ = read_table(train, label)
xs, ys, _ = read_table(test, label)
mu, sd = xt.mean(0), xt.std(0)
sd[sd == 0] = 1
xt, xs = (xt - mu) / sd, (xs - mu) / sd
aucs = []
for seed in [int(s) for s in seeds.split(",")]:
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    layers, width = [], xt.shape[1]
    for w in [int(v) for v in widths.split(",")]:
        layers += [torch.nn.Linear(width, w), torch.nn.ReLU()]
        width = w
    layers.append(torch.nn.Linear(width, 1))
    net = torch.nn.Sequential(*layers)
    opt = torch.optim.Adam(net.parameters(), lr=float(lr))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    x, y = torch.from_numpy(xt), torch.from_numpy(yt).reshape(-1, 1)
    for _ in range(int(epochs)):
        net.train()
        order = rng.permutation(len(x))
        for start in range(0, len(x), int(batch)):
            idx = order[start:start + int(batch)]
            opt.zero_grad()
            loss = loss_fn(net(x[idx]), y[idx])
            loss.backward()
            opt.step()
    net.eval()
    with torch.no_grad():
        p = torch.sigmoid(net(torch.from_numpy(xs))).numpy().ravel()
    aucs.append(auc(p, ys))
print(json.dumps({"test_auc": float(np.mean(aucs)), "aucs": aucs, "torch": torch.__version__}))
