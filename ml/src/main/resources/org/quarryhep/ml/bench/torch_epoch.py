"""Times training epochs of the LFV classifier (analyses.md §1: 10 inputs, 128-64-64-32-32-1,
Dense -> BatchNorm -> LeakyReLU(0.1) -> Dropout, dropout 0.3 on the first two layers, no batch
norm on the fourth) in PyTorch on the rows Quarry wrote, with the same batch size and threads.

usage: torch_epoch.py DATA.f32 ROWS THREADS BATCH EPOCHS
DATA.f32 holds ROWS x 11 little-endian float32 values (10 standardised features, then the label).
Prints one JSON line: seconds per epoch (each epoch timed separately; the first one is a warm-up).
"""
import json
import sys
import time

import numpy as np
import torch

path, rows, threads, batch, epochs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
torch.set_num_threads(threads)
torch.manual_seed(1)
data = np.fromfile(path, dtype="<f4").reshape(rows, 11)
x = torch.from_numpy(data[:, :10].copy())
y = torch.from_numpy(data[:, 10:].copy())


def block(i, o, bn, drop):
    layers = [torch.nn.Linear(i, o)]
    if bn:
        layers.append(torch.nn.BatchNorm1d(o))
    layers.append(torch.nn.LeakyReLU(0.1))
    if drop:
        layers.append(torch.nn.Dropout(drop))
    return layers


net = torch.nn.Sequential(*block(10, 128, True, 0.3), *block(128, 64, True, 0.3), *block(64, 64, True, 0),
                          *block(64, 32, False, 0), *block(32, 32, True, 0), torch.nn.Linear(32, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
loss_fn = torch.nn.BCEWithLogitsLoss()
times = []
for epoch in range(epochs):
    net.train()
    order = torch.randperm(rows)
    t0 = time.perf_counter()
    for start in range(0, rows, batch):
        idx = order[start:start + batch]
        if len(idx) < 2:
            continue
        opt.zero_grad()
        loss = loss_fn(net(x[idx]), y[idx])
        loss.backward()
        opt.step()
    times.append(time.perf_counter() - t0)
print(json.dumps({"seconds_per_epoch": times, "torch": torch.__version__, "threads": threads}))
